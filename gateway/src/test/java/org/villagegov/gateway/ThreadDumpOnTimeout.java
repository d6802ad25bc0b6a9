package org.villagegov.gateway;

import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a request of a test never answered (the web test client's blocking read timed out), prints
 * every thread's stack before the failure is reported: such a hang showed up only in full runs,
 * and the dump is what tells where the gateway was waiting.
 */
public class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (String.valueOf(thrown.getMessage()).contains("Timeout on blocking read")) {
            StringBuilder dump = new StringBuilder("Threads when " + context.getDisplayName() + " timed out:\n");
            for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
                dump.append('"').append(thread.getKey().getName()).append("\" ").append(thread.getKey().getState()).append('\n');
                for (StackTraceElement frame : thread.getValue()) {
                    dump.append("    at ").append(frame).append('\n');
                }
            }
            System.out.println(dump);
        }
        throw thrown;
    }
}
