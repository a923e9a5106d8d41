package io.retort.testkit;

import java.time.Duration;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import reactor.blockhound.BlockHound;

/**
 * Installs BlockHound once per test JVM, so a blocking call on a non-blocking thread fails the
 * test, and after every test checks that the shared engine has no connection left acquired.
 */
public final class RetortTestExtension implements BeforeAllCallback, AfterEachCallback {

    private static volatile boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) {
        installBlockHound();
    }

    /** Installs BlockHound if this JVM has not yet. */
    public static synchronized void installBlockHound() {
        if (!installed) {
            preloadJdkClasses();
            BlockHound.install();
            installed = true;
        }
    }

    /**
     * The JDK reads a properties file once, in a static initializer, when the first socket is
     * made. That is class loading, not a blocking call of Retort's; load it before BlockHound.
     */
    private static void preloadJdkClasses() {
        try {
            new java.net.Socket().close();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        PoolAssertions.assertIdle(TestDatabase.engine(), Duration.ofSeconds(5));
    }
}
