package org.kefu.ui.lifecycle;

import org.kefu.admin.Subject;
import org.kefu.sync.SyncClient;

/** Who logged in, whether the server took part, and the sync client of a branch (null when standalone). */
public record LoginResult(Subject subject, boolean online, SyncClient sync) {
}
