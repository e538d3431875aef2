import { z } from '../common/z';
import { TODO_CARDS } from './todo-cards';

/** A list's `todo` argument: the workbench card whose rows it shows. */
export const todoCardSchema = z.enum(TODO_CARDS).optional();
