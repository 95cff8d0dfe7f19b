import type { CaseContext, ReviewTask, TimelineEntry } from './case-model';
import type { CaseRecord } from './case-record';

/**
 * What the read model has confirmed, so that each write carries only the tasks and timeline
 * entries that changed since. Writes may overlap: a change stays unconfirmed until a write that
 * carried it succeeds, so a later write repeats it rather than lose it.
 */
export class WrittenState {
  private timelineSeq = 0;
  private readonly tasks = new Map<string, { version: number; json: string }>();

  unwritten(context: CaseContext): { tasks: ReviewTask[]; timeline: TimelineEntry[] } {
    return {
      tasks: context.tasks.filter((task) => this.tasks.get(task.id)?.json !== JSON.stringify(task)),
      timeline: context.timeline.filter((entry) => entry.seq > this.timelineSeq),
    };
  }

  confirm(record: CaseRecord): void {
    for (const task of record.tasks) {
      if ((this.tasks.get(task.id)?.version ?? 0) < record.version) {
        this.tasks.set(task.id, { version: record.version, json: JSON.stringify(task) });
      }
    }
    this.timelineSeq = Math.max(this.timelineSeq, ...record.timeline.map((entry) => entry.seq));
  }
}
