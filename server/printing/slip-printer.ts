// The queue service's printer port, on top of the print service: builds the slip of an issued
// ticket in the ticket's language and prints it on the kiosk's printer (or the default one).
import type { LocalizedText } from '../../shared/domain/model.js';
import type { IssuedSlip, Logger, PrintOutcome, SlipPrinter } from '../services/ports.js';
import {
  createPrintService,
  type PrinterStatusChange,
  type PrintResult,
  type PrintService,
} from './printer.js';
import type { SlipInput } from './slip-model.js';

export interface SlipPrinterWithStatus extends SlipPrinter {
  readonly service: PrintService;
  onStatusChange(listener: (change: PrinterStatusChange) => void): () => void;
}

function pick(text: LocalizedText | undefined, language: 'vi' | 'en' | 'km'): string {
  if (!text) return '';
  return (language === 'vi' ? text.vi : (text[language] ?? text.vi)).normalize('NFC');
}

const COUNTER_WORD = { vi: 'Quầy', en: 'Counter', km: 'បញ្ជរ' } as const;

export function slipInputOf(slip: IssuedSlip): SlipInput {
  const { config, settings, ticket } = slip;
  const lang = ticket.language;
  const field = config.fields.find((f) => f.id === ticket.fieldId);
  const procedure = config.procedures.find((p) => p.id === ticket.procedureId);
  const priority = ticket.priorityId
    ? config.priorityCategories.find((c) => c.id === ticket.priorityId)
    : undefined;
  return {
    centreName: pick(config.site.name, lang),
    ward: pick(config.site.ward, lang),
    province: pick(config.site.province, lang),
    displayNumber: ticket.displayNumber,
    fieldName: pick(field?.name, lang),
    ...(procedure ? { procedureName: pick(procedure.name, lang) } : {}),
    counters: slip.counterNumbers.map((n) => `${COUNTER_WORD[lang]} ${n}`),
    ahead: slip.ahead,
    issuedAt: ticket.issuedAt,
    timeZone: config.site.timeZone,
    statusUrl: slip.statusUrl,
    language: lang,
    ...(priority ? { priorityLabel: pick(priority.name, lang) } : {}),
    layout: {
      ...settings.slip,
      ...(settings.slip.headerText ? { headerText: settings.slip.headerText } : {}),
      ...(settings.slip.footerText ? { footerText: settings.slip.footerText } : {}),
    },
  };
}

const outcome = (r: PrintResult): PrintOutcome =>
  r.error ? { status: r.status, jobId: r.jobId, error: r.error.code } : { status: r.status, jobId: r.jobId };

export function createSlipPrinter(opts: {
  defaultTarget: string;
  logger: Logger;
  service?: PrintService;
}): SlipPrinterWithStatus {
  const service =
    opts.service ?? createPrintService({ defaultTarget: opts.defaultTarget, logger: opts.logger });
  return {
    service,
    async printIssued(slip) {
      if (!slip.kiosk?.printer && opts.defaultTarget === 'none') return { status: 'skipped', jobId: null };
      const target = slip.kiosk?.printer ?? undefined;
      return outcome(await service.print(target, slipInputOf(slip), { jobId: slip.ticket.id }));
    },
    async reprint(jobId) {
      return outcome(await service.reprint(jobId));
    },
    onStatusChange: (listener) => service.onStatusChange(listener),
    close: () => service.close(),
  };
}
