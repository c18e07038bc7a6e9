package org.hyperedge.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/** {@code @ExtendWith(ScreenshotOnFailure.class)}: a failing UI test leaves a picture of the screen behind. */
public class ScreenshotOnFailure implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        UiDriver driver = UiDriver.latest();
        if (driver != null && driver.isAlive()) {
            try {
                driver.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            } catch (RuntimeException | AssertionError e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }
}
