package org.kefu.server;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.eclipse.emf.ecore.EObject;
import org.kefu.model.service.ServicePackage.Literals;
import org.kefu.model.service.Ticket;
import org.kefu.store.HybridLogicalClock;
import org.kefu.store.SqlStore;
import org.kefu.sync.SyncClient;

/** A branch client in a test: its own Derby store, logged in to the server as one staff member. */
final class Branch implements AutoCloseable {

	final SqlStore store;
	final SyncClient sync;

	Branch(Path dir, String serverUrl, String staffNo, LongSupplier wallClock) {
		store = SqlStore.open(dir.resolve("db"), new HybridLogicalClock(wallClock));
		store.setActor(staffNo);
		sync = new SyncClient(store, serverUrl);
		sync.login(staffNo, org.kefu.demo.DemoData.PASSWORD.toCharArray());
	}

	Branch(Path dir, String serverUrl, String staffNo) {
		this(dir, serverUrl, staffNo, System::currentTimeMillis);
	}

	SyncClient.Report sync() {
		return sync.syncOnce();
	}

	Ticket ticket(String id) {
		return store.<Ticket>get(Literals.TICKET, id).orElseThrow(() -> new AssertionError("no ticket " + id));
	}

	/** An offline edit: read, change, write, as a part would. */
	void edit(String ticketId, Consumer<Ticket> change) {
		Ticket t = ticket(ticketId);
		change.accept(t);
		store.put(t);
	}

	<T extends EObject> T get(org.eclipse.emf.ecore.EClass type, String id) {
		return store.<T>get(type, id).orElse(null);
	}

	@Override
	public void close() {
		store.close();
	}
}
