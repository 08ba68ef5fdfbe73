package org.kefu.ui.tests;

import org.eclipse.e4.core.di.annotations.Execute;

/** Contribution of the test fragment's elements; its behaviour does not matter, only whether it is reachable. */
public class NoOpHandler {

	@Execute
	void execute() {
		// nothing: the tests only check visibility
	}
}
