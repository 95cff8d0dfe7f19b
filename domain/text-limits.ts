/**
 * How long the texts of a decision may be: the rules check them, and the desk, which imports this
 * module alone (it has no imports of its own), holds its inputs to the same lengths.
 */

/** A reviewer's comment, and an applicant's reason for withdrawing. */
export const MAX_COMMENT = 2000;
/** A correction's, an extension's or a reassignment's reason. */
export const MAX_REASON = 500;
/** A person's id (a token's subject), e.g. the assignee a task is handed to. */
export const MAX_PERSON_ID = 200;
/**
 * Extensions granted on one case, in all: 《行政许可法》 Art. 42 allows ten more days, and joint
 * handling up to 45 in all, so 30 on top of a statutory limit is room enough.
 */
export const MAX_EXTENSION_DAYS = 30;
