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

/** Written out field by field: one object shape for every ticket keeps the hot path fast. */
export function newWaitingTicket(f: NewTicketFields): Ticket {
  return {
    id: f.id,
    siteId: f.siteId,
    day: f.day,
    seriesId: f.seriesId,
    issueIndex: f.issueIndex,
    number: f.number,
    displayNumber: f.displayNumber,
    procedureId: f.procedureId,
    fieldId: f.fieldId,
    priorityId: f.priorityId,
    priorityToConfirm: f.priorityToConfirm,
    channel: f.channel,
    language: f.language,
    requestId: f.requestId,
    statusToken: f.statusToken,
    status: 'waiting',
    issuedAt: f.issuedAt,
    queueKey: f.issuedAt,
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
