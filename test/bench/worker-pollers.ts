import type { ChildProcess } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { APPROVAL_TASK_QUEUE } from '../../workflows/approval-contract';

/**
 * Waits until `workers.length` distinct workers poll the approvals task queue, so that no case
 * is measured while a worker is still bundling the workflow code.
 */
export async function untilWorkersPoll(address: string, workers: ChildProcess[], timeoutMs = 120_000): Promise<void> {
  const connection = await Connection.connect({ address });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const dead = workers.find((worker) => worker.exitCode !== null || worker.signalCode !== null);
      if (dead) throw new Error(`a worker exited with code ${dead.exitCode} before polling`);
      const { pollers } = await connection.workflowService.describeTaskQueue({
        namespace: 'default',
        taskQueue: { name: APPROVAL_TASK_QUEUE },
        taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      });
      if (new Set(pollers.map((poller) => poller.identity)).size >= workers.length) return;
      if (Date.now() > deadline) throw new Error(`${workers.length} workers did not all poll within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await connection.close();
  }
}
