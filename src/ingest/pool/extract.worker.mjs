// Piscina entry for a worker thread: registers tsx (workers do not inherit the main thread's loader), then loads the task.
import { register } from "tsx/esm/api";

register();
const task = await import("./extract.worker.ts");
export default task.default;
