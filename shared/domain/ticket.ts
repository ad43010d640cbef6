// A newly issued ticket: what identifies it, and its lifecycle fields all at their start.
import type { Ticket } from './model.js';

export type NewTicketFields = Pick<
  Ticket,
  | 'id'
  | 'siteId'
  | 'day'
  | 'seriesId'
  | 'issueIndex'
  | 'number'
  | 'displayNumber'
  | 'procedureId'
  | 'fieldId'
  | 'priorityId'
  | 'priorityToConfirm'
  | 'channel'
  | 'language'
  | 'requestId'
  | 'statusToken'
  | 'issuedAt'
>;

export function newWaitingTicket(fields: NewTicketFields): Ticket {
  return {
    ...fields,
    status: 'waiting',
    queueKey: fields.issuedAt,
    firstCalledAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    endedAt: null,
    counterId: null,
    officerId: null,
    targetCounterId: null,
    recallCount: 0,
    transfers: [],
    handledProcedureId: null,
    note: null,
    rating: null,
  };
}
