package org.kefu.server;

import java.nio.file.Path;

import org.kefu.model.service.ContactRecord;
import org.kefu.model.service.ServiceFactory;
import org.kefu.store.SqlStore;

/**
 * Child process of {@link StoreCrashTest}: commits contact records in small transactions for ever and prints the id of
 * every transaction after its commit returned, so the parent knows what was acknowledged when it kills this process.
 */
public final class CrashingWriter {

	public static void main(String[] args) {
		SqlStore store = SqlStore.open(Path.of(args[0]));
		int start = Integer.parseInt(args[1]);
		for (int tx = start;; tx++) {
			int id = tx;
			store.transaction(t -> {
				for (int i = 0; i < 5; i++) {
					ContactRecord r = ServiceFactory.eINSTANCE.createContactRecord();
					r.setId("cr:" + id + ":" + i);
					r.setCustomerId("cust:" + id);
					r.setContent("第 " + id + " 批受理记录 " + i);
					t.put(r);
				}
				return null;
			});
			System.out.println("committed " + tx);
			System.out.flush();
		}
	}
}
