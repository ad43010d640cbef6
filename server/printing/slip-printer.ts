// Adapter from the queue service's SlipPrinter port to the print service: turns an issued ticket
// and its site's configuration into slip input, in the ticket's language, on the kiosk's printer
// (or the default one). The ticket id is the job id, so a retried request never prints twice.

import type { LocalizedText } from '../../shared/domain/model.js';
import type { IssuedSlip, PrintOutcome, SlipPrinter } from '../services/ports.js';
import {
  createPrintService,
  type PrinterStatusChange,
  type PrintResult,
  type PrintService,
  type PrintServiceOptions,
} from './printer.js';
import { isSlipLanguage, type SlipLanguage, slipLabels } from './slip-labels.js';
import type { SlipInput } from './slip-model.js';

export interface SlipPrinterOptions extends PrintServiceOptions {
  /** Use this print service instead of creating one (its own options then apply). */
  service?: PrintService;
}

export interface SlipPrinterWithStatus extends SlipPrinter {
  /** For printer checks from the admin console. */
  readonly service: PrintService;
  /** Printer state changes, for `printer:status-changed` to kiosks and managers. */
  onStatusChange(listener: (change: PrinterStatusChange) => void): () => void;
}

/** Same thing, older name. */
export type LuotSlipPrinter = SlipPrinterWithStatus;

function localized(text: LocalizedText | undefined, language: SlipLanguage): string {
  if (text === undefined) return '';
  return text[language] ?? text.vi;
}

/** The slip content for an issued ticket (pure). */
export function slipInputFor(slip: IssuedSlip): SlipInput {
  const { config, settings, ticket } = slip;
  const language: SlipLanguage = isSlipLanguage(ticket.language) ? ticket.language : 'vi';
  const labels = slipLabels(language);
  const field = config.fields.find((f) => f.id === ticket.fieldId);
  const procedure = config.procedures.find((p) => p.id === ticket.procedureId);
  const priority =
    ticket.priorityId === null
      ? undefined
      : config.priorityCategories.find((c) => c.id === ticket.priorityId);
  const input: SlipInput = {
    centreName: localized(config.site.name, language),
    ward: localized(config.site.ward, language),
    province: localized(config.site.province, language),
    displayNumber: ticket.displayNumber,
    fieldName: localized(field?.name, language),
    counters: slip.counterNumbers.map((n) => labels.counter(String(n))),
    ahead: slip.ahead,
    issuedAt: ticket.issuedAt,
    timeZone: config.site.timeZone,
    statusUrl: slip.statusUrl,
    language,
    layout: settings.slip,
  };
  if (procedure !== undefined) input.procedureName = localized(procedure.name, language);
  if (ticket.priorityId !== null) {
    input.priorityLabel = priority === undefined ? '' : labels.priorityOf(localized(priority.name, language));
  }
  return input;
}

/** Same as slipInputFor (the name the hub first used). */
export const slipInputOf = slipInputFor;

function outcome(result: PrintResult): PrintOutcome {
  if (result.error?.code === 'printer_disabled') return { status: 'skipped', jobId: null };
  return result.error === undefined
    ? { status: result.status, jobId: result.jobId }
    : { status: result.status, jobId: result.jobId, error: result.error.code };
}

export function createSlipPrinter(options: SlipPrinterOptions): SlipPrinterWithStatus {
  const { service: given, ...serviceOptions } = options;
  const service = given ?? createPrintService(serviceOptions);
  return {
    service,
    printIssued: async (slip) => {
      const target = slip.kiosk?.printer ?? undefined;
      return outcome(await service.print(target, slipInputFor(slip), { jobId: slip.ticket.id }));
    },
    reprint: async (jobId) => outcome(await service.reprint(jobId)),
    onStatusChange: (listener) => service.onStatusChange(listener),
    close: () => service.close(),
  };
}
