package org.kefu.store;

/**
 * When and where a field was last written: a hybrid logical clock value and the id of the node that wrote it. Stamps
 * are totally ordered (clock first, node id to break ties), so every node picks the same winner between two writes.
 */
public record Stamp(long hlc, String node) implements Comparable<Stamp> {

	@Override
	public int compareTo(Stamp other) {
		int byClock = Long.compare(hlc, other.hlc);
		return byClock != 0 ? byClock : node.compareTo(other.node);
	}

	public boolean after(Stamp other) {
		return other == null || compareTo(other) > 0;
	}

	@Override
	public String toString() {
		return hlc + "/" + node;
	}

	public static Stamp parse(String text) {
		int slash = text.indexOf('/');
		return new Stamp(Long.parseLong(text.substring(0, slash)), text.substring(slash + 1));
	}
}
