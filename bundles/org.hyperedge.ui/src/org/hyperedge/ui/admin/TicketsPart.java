package org.hyperedge.ui.admin;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.ticket.Ticket;
import org.hyperedge.master.ticket.TicketService;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.hyperedge.ui.theme.Palette;
import org.hyperedge.ui.theme.Tone;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Admin · Tickets: the tickets filtered by state and kind, the selected one with its whole history, and what an admin
 * does with it: acknowledge, assign, comment, close. Actions run in jobs; a refusal is shown under the buttons.
 */
public class TicketsPart {

    public static final String TABLE_KEY = "org.hyperedge.ui.admin.tickets.table";
    public static final String DETAIL_KEY = "org.hyperedge.ui.admin.tickets.detail";
    public static final String MESSAGE_KEY = "org.hyperedge.ui.admin.tickets.message";
    /** The data key of the rows' menu items: their action (acknowledge, assign, comment, close). */
    public static final String MENU_ACTION_KEY = "org.hyperedge.ui.admin.tickets.menuAction";
    static final String[] STATES = { "open", "acknowledged", "resolved", "closed", "all" };
    /** "all kinds", then the master's kinds: a kind the master adds is a filter here at once. */
    static final String[] KINDS = java.util.stream.Stream.concat(java.util.stream.Stream.of("all kinds"), Ticket.KINDS.stream())
            .toArray(String[]::new);

    record Snapshot(List<Ticket> tickets, Ticket selected) {
    }

    private final String actor = System.getProperty("user.name", "admin");
    private Combo state;
    private Combo kind;
    private Table table;
    private Text detail;
    private Label message;
    private Button[] actions;
    private volatile String stateFilter = "open";
    private volatile String kindFilter;
    private volatile Long selectedId;
    private List<Ticket> shown = List.of();
    private EmbeddedMaster master;
    private AdminRefresh<Snapshot> refresh;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(filters);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        new Label(filters, SWT.NONE).setText("State");
        state = combo(filters, STATES, 0);
        new Label(filters, SWT.NONE).setText("Kind");
        kind = combo(filters, KINDS, 0);
        Button refreshButton = new Button(filters, SWT.PUSH);
        refreshButton.setText("Refresh");
        refreshButton.setImage(ConsoleIcons.image(refreshButton.getDisplay(), "refresh"));
        refreshButton.setToolTipText("Read again from the master now");
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(refreshButton);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite top = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(top);
        table = Tables.create(top, TABLE_KEY, "#:30", "State:100", "Kind:115", "Subject:220", "Assignee:75",
                "Opened (UTC):125", "Reason:420");
        Composite bottom = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(bottom);
        detail = new Text(bottom, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        detail.setData(DETAIL_KEY, Boolean.TRUE);
        detail.setText("Select a ticket to see its history.");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(detail);
        Composite buttons = new Composite(bottom, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).equalWidth(true).applyTo(buttons);
        actions = new Button[] { button(buttons, "Acknowledge", this::acknowledge), button(buttons, "Assign…", this::assign),
                button(buttons, "Comment…", this::comment), button(buttons, "Close…", this::close) };
        message = new Label(bottom, SWT.WRAP);
        message.setData(MESSAGE_KEY, Boolean.TRUE);
        Tone.ALARM.applyTo(message);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        sash.setWeights(55, 45);
        enableActions(null);
        table.setMenu(rowMenu());
        org.hyperedge.ui.parts.KeyboardMenuPlacement.install(table);

        refresh = new AdminRefresh<>("Reading tickets", table, this::read, this::show, this::showMessage);
        refreshButton.addListener(SWT.Selection, e -> refresh.now());
        state.addListener(SWT.Selection, e -> {
            stateFilter = state.getText();
            refresh.now();
        });
        kind.addListener(SWT.Selection, e -> {
            kindFilter = kind.getSelectionIndex() == 0 ? null : kind.getText();
            refresh.now();
        });
        table.addListener(SWT.Selection, e -> {
            int index = table.getSelectionIndex();
            selectedId = index < 0 ? null : shown.get(index).id();
            refresh.now();
        });
        if (master != null) {
            refresh.start(master);
        }
    }

    /** The master, once the console has opened it: injected before {@code @PostConstruct} when it is open already. */
    @Inject
    @Optional
    void masterOpened(EmbeddedMaster master) {
        this.master = master;
        if (master != null && refresh != null) {
            refresh.start(master);
        }
    }

    private Snapshot read(EmbeddedMaster master) {
        TicketService tickets = master.services().tickets();
        Long id = selectedId;
        return new Snapshot(tickets.list(stateFilter, kindFilter), id == null ? null : tickets.find(id).orElse(null));
    }

    private void show(Snapshot snapshot) {
        shown = snapshot.tickets();
        table.removeAll();
        for (Ticket ticket : shown) {
            TableItem row = Tables.row(table, ticket.id(), ticket.state(), ticket.kind(), ticket.subject(), ticket.assignee(),
                    Tables.shortTime(ticket.openedAt()), ticket.reason());
            if ("open".equals(ticket.state())) {
                row.setForeground(Palette.of(table).alarm());
            }
            if (snapshot.selected() != null && snapshot.selected().id() == ticket.id()) {
                table.setSelection(row);
            }
        }
        Ticket selected = snapshot.selected();
        detail.setText(selected == null ? (shown.isEmpty() ? "No " + (stateFilter.equals("all") ? "" : stateFilter + " ")
                + "tickets." : "Select a ticket to see its history.") : describe(selected));
        enableActions(selected);
    }

    static String describe(Ticket ticket) {
        StringBuilder text = new StringBuilder();
        text.append("Ticket ").append(ticket.id()).append(" · ").append(ticket.state()).append(" · ").append(ticket.kind())
                .append(" · ").append(ticket.subject()).append('\n');
        text.append("Cause: ").append(ticket.cause()).append('\n');
        text.append("Assignee: ").append(ticket.assignee() == null ? "nobody" : ticket.assignee()).append('\n');
        text.append("Reason: ").append(ticket.reason()).append("\n\nHistory (UTC):\n");
        for (Ticket.Event event : ticket.history()) {
            text.append(Tables.time(event.at())).append("  ").append(event.actor()).append("  ").append(event.action());
            if (event.note() != null) {
                text.append(": ").append(event.note());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private void enableActions(Ticket selected) {
        boolean[] enabled = enabled(selected);
        for (int i = 0; i < actions.length; i++) {
            actions[i].setEnabled(enabled[i]);
        }
    }

    /** What changes something on this ticket: acknowledge, assign, comment, close (the buttons' and the menu's order). */
    static boolean[] enabled(Ticket selected) {
        boolean open = selected != null && selected.isOpen();
        return new boolean[] { open && "open".equals(selected.state()), open, selected != null,
                selected != null && !"closed".equals(selected.state()) };
    }

    /**
     * The rows' menu: the buttons' actions on the row under the pointer (right-clicking selects it), enabled as they
     * are; acknowledging asks first here, since a menu item is one slip of the pointer away from its neighbours.
     */
    private Menu rowMenu() {
        Menu menu = new Menu(table);
        String[] labels = { "&Acknowledge…", "A&ssign…", "&Comment…", "C&lose…" };
        String[] keys = { "acknowledge", "assign", "comment", "close" };
        java.util.function.LongConsumer[] runs = { this::confirmAcknowledge, this::assign, this::comment, this::close };
        MenuItem[] items = new MenuItem[labels.length];
        for (int i = 0; i < labels.length; i++) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(labels[i]);
            item.setData(MENU_ACTION_KEY, keys[i]);
            java.util.function.LongConsumer run = runs[i];
            item.addListener(SWT.Selection, e -> {
                Ticket ticket = rowTicket();
                if (ticket != null) {
                    run.accept(ticket.id());
                }
            });
            items[i] = item;
        }
        menu.addListener(SWT.Show, e -> {
            boolean[] enabled = enabled(rowTicket());
            for (int i = 0; i < items.length; i++) {
                items[i].setEnabled(enabled[i]);
            }
        });
        return menu;
    }

    /** The ticket of the selected row as the table shows it now (the detail below may still be reading). */
    private Ticket rowTicket() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= shown.size() ? null : shown.get(index);
    }

    private void confirmAcknowledge(long id) {
        Ticket ticket = rowTicket();
        if (MessageDialog.openConfirm(table.getShell(), "Acknowledge ticket " + id,
                "Acknowledge ticket " + id + (ticket == null ? "" : " (" + ticket.kind() + ": " + ticket.subject() + ")")
                        + "?\n\nYou take note of it as " + actor + "; it stays open until it is resolved or closed.")) {
            acknowledge(id);
        }
    }

    private void acknowledge(long id) {
        run("Acknowledging ticket " + id, tickets -> tickets.acknowledge(id, actor, null));
    }

    private void assign(long id) {
        String who = ask("Assign ticket " + id, "Who handles it?", actor);
        if (who != null) {
            run("Assigning ticket " + id, tickets -> tickets.assign(id, who, actor));
        }
    }

    private void comment(long id) {
        String text = ask("Comment on ticket " + id, "Comment", "");
        if (text != null) {
            run("Commenting on ticket " + id, tickets -> tickets.comment(id, text, actor));
        }
    }

    private void close(long id) {
        String note = ask("Close ticket " + id, "Why is it closed? (optional)", "");
        if (note != null) {
            run("Closing ticket " + id, tickets -> tickets.close(id, actor, note.isBlank() ? null : note));
        }
    }

    private void run(String what, Consumer<TicketService> action) {
        message.setText("");
        refresh.act(what, master -> action.accept(master.services().tickets()));
    }

    private String ask(String title, String prompt, String initial) {
        InputDialog dialog = new InputDialog(table.getShell(), title, prompt, initial, null);
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }

    private void showMessage(String text) {
        message.setText(text);
        message.requestLayout();
    }

    private Button button(Composite parent, String label, java.util.function.LongConsumer action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        button.addListener(SWT.Selection, e -> {
            Long id = selectedId;
            if (id != null) {
                action.accept(id);
            }
        });
        return button;
    }

    private static Combo combo(Composite parent, String[] items, int selected) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items);
        combo.select(selected);
        return combo;
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }

    @PreDestroy
    public void dispose() {
        refresh.stop();
    }
}
