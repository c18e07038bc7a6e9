package org.hyperedge.ui.nodes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * A tree's items for rows shown again: while the rows keep their shape (the same keys in the same order), the
 * existing items are handed out in order and set only where they differ; otherwise the tree is emptied and new items
 * are made, with drawing suspended until {@link #done}. GTK redraws and relays out a whole tree whose items are
 * made again, which an idle console did every two seconds only to say a report's age.
 */
final class TreeItems {

    private static final String SHAPE_KEY = "org.hyperedge.ui.nodes.shape";

    private final Tree tree;
    private final boolean rebuilding;
    private int roots;
    private final Map<TreeItem, Integer> children = new HashMap<>();

    private TreeItems(Tree tree, boolean rebuilding) {
        this.tree = tree;
        this.rebuilding = rebuilding;
    }

    /** The items of {@code tree} for rows of this shape: the same items if the tree last showed the same shape. */
    static TreeItems of(Tree tree, List<String> shape) {
        boolean same = shape.equals(tree.getData(SHAPE_KEY));
        if (!same) {
            tree.setRedraw(false);
            tree.removeAll();
            tree.setData(SHAPE_KEY, List.copyOf(shape));
        }
        return new TreeItems(tree, !same);
    }

    /** Whether the items are new (the shape changed): expansion and selection are then the caller's to set. */
    boolean rebuilding() {
        return rebuilding;
    }

    /** The next item under {@code parent} ({@code null}: a root item), in the order the rows come. */
    TreeItem next(TreeItem parent) {
        if (parent == null) {
            return rebuilding ? new TreeItem(tree, SWT.NONE) : tree.getItem(roots++);
        }
        if (rebuilding) {
            return new TreeItem(parent, SWT.NONE);
        }
        int index = children.merge(parent, 1, Integer::sum) - 1;
        return parent.getItem(index);
    }

    /** Ends the update: drawing resumes after a rebuild. */
    void done() {
        if (rebuilding) {
            tree.setRedraw(true);
        }
    }

    /** Sets each column's text that differs from what the item shows. */
    static void text(TreeItem item, String[] texts) {
        for (int column = 0; column < texts.length; column++) {
            if (!texts[column].equals(item.getText(column))) {
                item.setText(column, texts[column]);
            }
        }
    }

    static void image(TreeItem item, Image image) {
        if (item.getImage() != image) {
            item.setImage(image);
        }
    }

    /** {@code color} null: the tree's own foreground. */
    static void foreground(TreeItem item, int column, Color color) {
        Color wanted = color != null ? color : item.getParent().getForeground();
        if (!Objects.equals(item.getForeground(column), wanted)) {
            item.setForeground(column, color);
        }
    }
}
