import type { WorkCalendar } from './calendar';
import type { CaseContext, CaseDocument, ReviewTask, TimelineEntry } from './case-model';
import type { CaseRecord } from './case-record';

type Unwritten = Pick<CaseRecord, 'tasks' | 'documents' | 'timeline' | 'calendar'>;

/** Items of a case (tasks, document versions) by key, with the version that last wrote each. */
class Confirmed<T> {
  private readonly written = new Map<string, { version: number; json: string }>();

  constructor(private readonly key: (item: T) => string) {}

  unwritten(items: T[]): T[] {
    return items.filter((item) => this.written.get(this.key(item))?.json !== JSON.stringify(item));
  }

  confirm(items: T[], version: number): void {
    for (const item of items) {
      const key = this.key(item);
      if ((this.written.get(key)?.version ?? 0) < version)
        this.written.set(key, { version, json: JSON.stringify(item) });
    }
  }
}

/**
 * What the read model has confirmed, so that each write carries only the tasks, document
 * versions and timeline entries that changed since. Writes may overlap: a change stays
 * unconfirmed until a write that carried it succeeds, so a later write repeats it rather than lose it.
 */
export class WrittenState {
  private timelineSeq = 0;
  // A case's calendar changes only by a correction, and each change is a new object.
  private calendar?: WorkCalendar;
  private readonly tasks = new Confirmed<ReviewTask>((task) => task.id);
  private readonly documents = new Confirmed<CaseDocument>(
    (document) => `${document.materialCode}#${document.version}`,
  );

  unwritten(context: CaseContext): Unwritten {
    return {
      tasks: this.tasks.unwritten(context.tasks),
      documents: this.documents.unwritten(context.documents),
      timeline: context.timeline.filter((entry: TimelineEntry) => entry.seq > this.timelineSeq),
      calendar: context.calendar !== this.calendar ? context.calendar : undefined,
    };
  }

  confirm(record: CaseRecord): void {
    this.tasks.confirm(record.tasks, record.version);
    this.documents.confirm(record.documents, record.version);
    this.timelineSeq = Math.max(this.timelineSeq, ...record.timeline.map((entry) => entry.seq));
    if (record.calendar) this.calendar = record.calendar;
  }
}
