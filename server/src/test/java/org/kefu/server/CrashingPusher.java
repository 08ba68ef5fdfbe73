package org.kefu.server;

import java.nio.file.Path;

import org.kefu.demo.DemoData;
import org.kefu.store.SqlStore;
import org.kefu.sync.SyncClient;

/** A branch client in its own JVM that pushes its pending changes and reports each batch; the test kills it. */
public final class CrashingPusher {

	public static void main(String[] args) {
		SqlStore store = SqlStore.open(Path.of(args[0]));
		SyncClient sync = new SyncClient(store, args[1]);
		sync.login(args[2], DemoData.PASSWORD.toCharArray());
		sync.syncOnce(new SyncClient.Progress() {
			@Override
			public void pushed(int changes) {
				System.out.println("pushed " + changes);
				System.out.flush();
			}

			@Override
			public void pulled(int changes) {
			}
		});
		System.out.println("done");
	}
}
