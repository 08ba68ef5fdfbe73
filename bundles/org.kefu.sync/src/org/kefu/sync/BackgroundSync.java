package org.kefu.sync;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Syncs a branch client with its server in the background, as an Eclipse job: at once after login, then every
 * {@link #INTERVAL_MS} and whenever somebody asks. Nothing here ever waits on the UI, and the UI never waits on the
 * network: local work goes on whatever the connection does, and listeners hear the state after each round.
 */
public final class BackgroundSync extends Job {

	public static final long INTERVAL_MS = 30_000;

	/** Where sync stands, for the status line. */
	public enum State {
		/** A round is running. */
		SYNCING,
		/** The last round finished. */
		ONLINE,
		/** The server could not be reached; local work is kept and sent later. */
		OFFLINE,
		/** The server can be reached again, but this session logged in offline: a login is needed to sync. */
		LOGIN_NEEDED,
		/** The server refused the last round (a forbidden change, an expired token); the message says why. */
		REFUSED
	}

	/** {@code refused}: own changes the server refused, kept locally and listed by {@link SyncClient#refused()}. */
	public record Status(State state, int pending, Instant lastSync, String message, SyncClient.Report lastReport,
			int refused) {
	}

	private final SyncClient client;
	private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
	private volatile Status status;
	private volatile boolean stopped;

	public BackgroundSync(SyncClient client) {
		super("同步本地数据");
		this.client = client;
		this.status = new Status(client.loggedIn() ? State.SYNCING : State.OFFLINE, safePending(), null, null, null,
				safeRefused());
		setPriority(Job.LONG);
	}

	public Status status() {
		return status;
	}

	public SyncClient client() {
		return client;
	}

	/** Hears every change of the state, on the job's thread. */
	public void addListener(Consumer<Status> listener) {
		listeners.add(listener);
	}

	/** Syncs as soon as possible (after a login, or when the person asks). */
	public void syncNow() {
		if (!stopped) {
			cancel();
			schedule();
		}
	}

	public void stop() {
		stopped = true;
		cancel();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "同步", IProgressMonitor.UNKNOWN);
		Instant last = status.lastSync();
		try {
			if (!client.loggedIn()) {
				State state = client.reachable() ? State.LOGIN_NEEDED : State.OFFLINE;
				publish(new Status(state, safePending(), last, null, null, safeRefused()));
				return org.eclipse.core.runtime.Status.OK_STATUS;
			}
			publish(new Status(State.SYNCING, safePending(), last, null, status.lastReport(), safeRefused()));
			SyncClient.Report report = client.syncOnce(new SyncClient.Progress() {
				@Override
				public void pushed(int changes) {
					progress.subTask("已上传 " + changes + " 条变更");
					progress.worked(1);
				}

				@Override
				public void pulled(int changes) {
					progress.subTask("已接收 " + changes + " 条变更");
					progress.worked(1);
				}
			});
			publish(new Status(State.ONLINE, safePending(), report.at(), null, report, safeRefused()));
		} catch (SyncException e) {
			State state = e.offline() ? State.OFFLINE : State.REFUSED;
			publish(new Status(state, safePending(), last, e.getMessage(), status.lastReport(), safeRefused()));
		} catch (RuntimeException e) {
			// a local failure (a full disk): the round stops, nothing half-applied stays, the next round retries
			publish(new Status(State.REFUSED, safePending(), last, "同步失败：" + e.getMessage(), status.lastReport(),
					safeRefused()));
		} finally {
			if (!stopped) {
				schedule(INTERVAL_MS);
			}
		}
		return org.eclipse.core.runtime.Status.OK_STATUS;
	}

	private int safePending() {
		try {
			return client.pending();
		} catch (RuntimeException e) {
			return -1;
		}
	}

	private int safeRefused() {
		try {
			return client.refused().size();
		} catch (RuntimeException e) {
			return 0;
		}
	}

	private void publish(Status s) {
		status = s;
		listeners.forEach(l -> l.accept(s));
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == BackgroundSync.class;
	}
}
