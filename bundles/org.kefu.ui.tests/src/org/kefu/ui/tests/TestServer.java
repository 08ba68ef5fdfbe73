package org.kefu.ui.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The real sync server for UI tests: its shaded jar, built earlier in the same reactor, started on loopback. */
final class TestServer {

	private TestServer() {
	}

	/** Starts the server with the small demo enterprise and returns once it listens. */
	static Process start(Path data, int port) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process p = new ProcessBuilder(java, "-jar", serverJar().toString(), "--data", data.toString(), "--port",
				Integer.toString(port), "--demo", "small").redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder said = new StringBuilder();
		String line;
		while ((line = out.readLine()) != null) {
			said.append(line).append('\n');
			if (line.startsWith("Kefu server listening")) {
				Thread drain = new Thread(() -> out.lines().forEach(l -> {
				}));
				drain.setDaemon(true);
				drain.start();
				return p;
			}
		}
		boolean ended = p.waitFor(30, TimeUnit.SECONDS);
		p.destroyForcibly(); // never leave a half-started server behind
		throw new IllegalStateException("the sync server did not start (" + (ended ? "exit " + p.exitValue() : "still running")
				+ "):\n" + said);
	}

	/** A port nobody listens on now. */
	static int freePort() throws IOException {
		try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	/** Stops a server started here (SIGTERM, so it closes its database cleanly); null or gone is fine. */
	static void stop(Process server) throws InterruptedException {
		if (server != null && server.isAlive()) {
			server.destroy();
			server.waitFor(60, TimeUnit.SECONDS);
		}
	}

	/** The server's shaded jar, built earlier in the same reactor. */
	private static Path serverJar() throws IOException {
		for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
			Path target = d.resolve("server").resolve("target");
			if (Files.isDirectory(target)) {
				try (Stream<Path> jars = Files.list(target)) {
					return jars.filter(j -> j.getFileName().toString().endsWith("-all.jar")).findFirst()
							.orElseThrow(() -> new IllegalStateException("no server jar in " + target));
				}
			}
		}
		throw new IllegalStateException("server/target not found above " + Path.of("").toAbsolutePath());
	}
}
