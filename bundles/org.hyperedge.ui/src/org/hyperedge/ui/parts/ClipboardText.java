package org.hyperedge.ui.parts;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;

/** Puts plain text on the desktop's clipboard: what every row menu's "Copy …" item does. */
public final class ClipboardText {

    private ClipboardText() {
    }

    /** Does nothing for an empty text: a Copy item whose row has nothing to copy leaves the clipboard as it was. */
    public static void put(Display display, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }
}
