import { Alert } from 'antd';
import { ApiError } from '../api';
import { otherProblems } from './problems';

/**
 * Why a form was not sent: a refusal for bad input says so in `refused`'s words and lists the
 * problems no field or material on screen shows; any other error says what it is.
 */
export function RefusalAlert({ error, refused, materials }: { error: Error; refused: string; materials: string[] }) {
  const badInput = error instanceof ApiError && error.code === 'BAD_USER_INPUT';
  const unplaced = badInput ? otherProblems(error.fields, materials) : [];
  return (
    <Alert
      type="error"
      showIcon
      title={badInput ? refused : error.message}
      description={unplaced.map(({ field, message }) => `${field}: ${message}`).join('；') || undefined}
    />
  );
}
