package org.hyperedge.ui.handlers;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Edit › Copy: the focused text's selection, or the selected table rows as tab-separated lines. A part with
 * more to copy (the topology editor's services) declares its own handler, which comes back here for the rest.
 */
public class CopyHandler {

    @Execute
    public void execute(Display display) {
        Control focus = display.getFocusControl();
        if (focus instanceof Text text) {
            text.copy();
        } else if (focus instanceof StyledText text) {
            text.copy();
        } else if (focus instanceof Table table && table.getSelectionCount() > 0) {
            String rows = Arrays.stream(table.getSelection()).map(CopyHandler::tabSeparated)
                    .collect(Collectors.joining("\n"));
            Clipboard clipboard = new Clipboard(display);
            try {
                clipboard.setContents(new Object[] { rows }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
        }
    }

    private static String tabSeparated(TableItem item) {
        int columns = Math.max(1, item.getParent().getColumnCount());
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            if (i > 0) {
                row.append('\t');
            }
            row.append(item.getText(i));
        }
        return row.toString();
    }
}
