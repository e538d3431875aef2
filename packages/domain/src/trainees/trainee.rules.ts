import { type TraineeStatus } from '../common/enums';
import { DomainError, msg } from '../errors';
import { statusLabel } from '../messages/labels';

const NEXT: Record<TraineeStatus, readonly TraineeStatus[]> = {
  APPLIED: ['ENROLLED', 'DROPPED'],
  ENROLLED: ['ACTIVE', 'DROPPED', 'APPLIED'],
  ACTIVE: ['GRADUATED', 'DROPPED'],
  GRADUATED: [],
  DROPPED: ['APPLIED'],
};

export function canMoveTrainee(from: TraineeStatus, to: TraineeStatus): boolean {
  return from === to || NEXT[from].includes(to);
}

export function assertTraineeTransition(from: TraineeStatus, to: TraineeStatus): void {
  if (!canMoveTrainee(from, to)) {
    throw DomainError.conflict(
      msg('trainees.traineeCannotMoveFrom', {
        from: statusLabel('TraineeStatus', from),
        to: statusLabel('TraineeStatus', to),
      }),
      [{ field: 'status', ...msg('common.notAllowedFrom', { from: statusLabel('TraineeStatus', from) }) }],
    );
  }
}
