export {
  computeIntercept,
  deadReckon,
  distanceNm,
  initialBearingDeg,
  type InterceptAnswer,
  type Pursuer,
  type TargetFix,
} from './intercept.ts';
export {
  checkTransition,
  isFinalTaskState,
  isOpenTaskState,
  movesFor,
  type TaskSide,
  type TransitionCheck,
} from './task-states.ts';
export { canReadTask } from './task-readers.ts';
