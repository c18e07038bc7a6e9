package org.hyperedge.ui.parts;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;

/**
 * The console's own icon set: flat 16 px SVG files in this bundle's {@code icons/} folder, drawn on one palette
 * (ink, blue, green, red, amber, grey, purple, teal). They are rasterized by the platform's SVG support (the
 * {@code org.eclipse.swt.svg} fragment, through JFace's URL image descriptor) at the zoom of the monitor, so
 * they stay crisp at 200 % where a scaled PNG would blur. The application model names the same files by
 * {@link #uri(String)}, so a menu item and the tool item of the same action show the same picture.
 * <p>
 * Images are made once per display and disposed with it: widgets share them and never dispose them.
 */
public final class ConsoleIcons {

    public static final String BUNDLE = "org.hyperedge.ui";
    public static final String FOLDER = "icons/";

    // the states of instances and nodes shown in table and tree rows
    public static final String STARTED = "state-started";
    public static final String STOPPED = "state-stopped";
    public static final String FAILING = "state-failing";
    public static final String WAITING = "state-waiting";
    public static final String DESTROYED = "state-destroyed";
    public static final String SEALED_SECRET = "sealed-secret";
    public static final String NODE_ONLINE = "node-online";
    public static final String NODE_OFFLINE = "node-offline";
    public static final String DIAL_IN_NODE = "node-dial-in";
    /** A site of this master's own nodes; a federated site (another master's, issue 20) has the globe. */
    public static final String SITE = "site";
    public static final String FEDERATED_SITE = "federated-site";

    private static final String CACHE_KEY = ConsoleIcons.class.getName();

    private ConsoleIcons() {
    }

    /** The model's URI of an icon, as an {@code iconURI} of Application.e4xmi writes it. */
    public static String uri(String name) {
        return "platform:/plugin/" + BUNDLE + "/" + FOLDER + name + ".svg";
    }

    /** The icon of that name on the display, made on first use; fails naming the icon if there is no such file. */
    public static Image image(Display display, String name) {
        Map<String, Image> images = cache(display);
        Image image = images.get(name);
        if (image == null) {
            image = descriptor(name).createImage(display);
            images.put(name, image);
        }
        return image;
    }

    /** The icon a model element names by its {@code iconURI}, or null when it names none of this set. */
    public static Image imageOf(Display display, String iconUri) {
        String prefix = uri("");
        prefix = prefix.substring(0, prefix.length() - ".svg".length());
        if (iconUri == null || !iconUri.startsWith(prefix) || !iconUri.endsWith(".svg")) {
            return null;
        }
        return image(display, iconUri.substring(prefix.length(), iconUri.length() - ".svg".length()));
    }

    public static ImageDescriptor descriptor(String name) {
        URL url = bundle().getEntry(FOLDER + name + ".svg");
        if (url == null) {
            throw new IllegalArgumentException("no icon '" + name + "' in " + BUNDLE + "/" + FOLDER);
        }
        return ImageDescriptor.createFromURL(url);
    }

    /** Every icon of the set by name, sorted: for the contact sheet and the test that all of them load. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        Enumeration<URL> entries = bundle().findEntries(FOLDER, "*.svg", false);
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = entry.getPath();
            names.add(path.substring(path.lastIndexOf('/') + 1, path.length() - ".svg".length()));
        }
        Collections.sort(names);
        return names;
    }

    private static Bundle bundle() {
        return Platform.getBundle(BUNDLE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Image> cache(Display display) {
        Map<String, Image> images = (Map<String, Image>) display.getData(CACHE_KEY);
        if (images == null) {
            Map<String, Image> created = new HashMap<>();
            display.setData(CACHE_KEY, created);
            display.disposeExec(() -> created.values().forEach(Image::dispose));
            images = created;
        }
        return images;
    }
}
