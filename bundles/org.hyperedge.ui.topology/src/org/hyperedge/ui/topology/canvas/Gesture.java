package org.hyperedge.ui.topology.canvas;

/** The mouse gesture in progress on the canvas. */
enum Gesture {
    NONE, MOVING, LINKING, BANDING, PANNING
}
