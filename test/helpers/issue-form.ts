export { issueForm } from "../../src/simulator/index.js";

/** The ml-deployment form's answers used across the tests: model 2.4.0, a rollback plan. */
export const deploymentAnswers = {
  Model: "fraud-detector",
  Version: "2.4.0",
  "Rollback plan": "Route all traffic back to 2.3.0.",
};
