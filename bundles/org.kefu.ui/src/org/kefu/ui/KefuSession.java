package org.kefu.ui;

import java.nio.file.Path;

import org.kefu.admin.Subject;
import org.kefu.store.AggregateStore;

/**
 * What the workbench knows after login, put into the application context: zone parts inject it (or the pieces they
 * need: {@link Subject}, {@link AggregateStore}, and services computed from them such as
 * {@code org.kefu.admin.AdminServices}).
 *
 * @param dataDirectory where this client keeps its local data
 * @param serverUrl     the sync server this branch talks to; null for a standalone client
 */
public record KefuSession(Subject subject, AggregateStore store, Path dataDirectory, String serverUrl) {
}
