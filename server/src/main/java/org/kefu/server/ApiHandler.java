package org.kefu.server;


import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.kefu.store.AggregateStore;

/** The server's HTTP API. For now: {@code GET /api/health}, which clients use to show their connection state. */
final class ApiHandler extends Handler.Abstract {

	private final AggregateStore store;

	ApiHandler(AggregateStore store) {
		this.store = store;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) {
		String path = Request.getPathInContext(request);
		if ("/api/health".equals(path) && "GET".equals(request.getMethod())) {
			json(response, callback, HttpStatus.OK_200,
					"{\"status\":\"ok\",\"schemaVersion\":" + store.schemaVersion() + "}");
		} else {
			json(response, callback, HttpStatus.NOT_FOUND_404, "{\"error\":\"未知的接口: " + path.replace("\"", "") + "\"}");
		}
		return true;
	}

	private static void json(Response response, Callback callback, int status, String body) {
		response.setStatus(status);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
		Content.Sink.write(response, true, body, callback);
	}

}
