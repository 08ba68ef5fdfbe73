package org.kefu.store;

import org.eclipse.emf.ecore.EObject;
import org.kefu.store.internal.AggregateCodec;

/** The EMF binary form of aggregates as stored and synced, for code that must look inside a received change. */
public final class Bodies {

	private static final AggregateCodec CODEC = new AggregateCodec();

	private Bodies() {
	}

	public static <T extends EObject> T decode(byte[] body) {
		return CODEC.decode(body);
	}

	public static byte[] encode(EObject aggregate) {
		return CODEC.encode(aggregate);
	}
}
