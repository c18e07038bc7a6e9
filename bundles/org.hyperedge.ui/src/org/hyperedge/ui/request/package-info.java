/** The request dialog: a software type's parameters as a form, the SLA, a dry-run preview, the order as a job. */
package org.hyperedge.ui.request;
