import nock from "nock";
import { afterEach, beforeEach } from "vitest";

// Loaded before every test file (vitest `setupFiles`): each test starts with the network
// closed, so a request no nock scope expects fails instead of leaving the machine, and ends
// with no interceptor left over for the next test (test files share a worker's modules).
beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});
