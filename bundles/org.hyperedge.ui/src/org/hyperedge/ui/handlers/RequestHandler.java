package org.hyperedge.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.hyperedge.ui.catalog.CatalogPart;

/** Requests the software type selected in the Catalog, showing the Catalog first. */
public class RequestHandler {

    public static final String CATALOG_PART = "org.hyperedge.ui.part.catalog";

    @Execute
    public void execute(EPartService parts) {
        MPart part = parts.showPart(CATALOG_PART, EPartService.PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof CatalogPart catalog) {
            catalog.requestSelected();
        }
    }
}
