package org.hyperedge.ui.topology.view;

import org.eclipse.swt.graphics.Color;

/** The canvas's colours, in one place so boxes, links and markers speak the same language as the other views. */
final class Colors {

    static final Color BACKGROUND = new Color(248, 249, 251);
    static final Color GRID = new Color(226, 229, 234);
    static final Color BOX = new Color(255, 255, 255);
    static final Color BOX_BORDER = new Color(150, 158, 170);
    static final Color HEADER = new Color(233, 237, 244);
    static final Color TEXT = new Color(33, 37, 41);
    static final Color MUTED = new Color(104, 112, 122);
    static final Color SELECTION = new Color(35, 110, 220);
    static final Color LINK = new Color(90, 98, 110);
    static final Color PROBLEM = new Color(200, 40, 40);
    static final Color PROBLEM_FILL = new Color(253, 232, 232);
    static final Color GOOD = new Color(46, 139, 87);
    static final Color GOOD_FILL = new Color(226, 244, 233);
    static final Color WAITING = new Color(196, 130, 0);
    static final Color WAITING_FILL = new Color(253, 243, 220);
    static final Color STALE = new Color(150, 150, 150);
    static final Color PORT_IN = new Color(120, 128, 140);
    static final Color PORT_OUT = new Color(35, 110, 220);
    static final Color PREVIEW = new Color(90, 60, 160);
    static final Color RUBBER_BAND = new Color(35, 110, 220);

    private Colors() {
    }
}
