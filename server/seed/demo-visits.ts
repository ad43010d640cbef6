// Visits that are not a new procedure (collecting a result, bringing missing papers, asking a
// question): the demo centre numbers them in the "Khác" series through three procedures of their
// own field, and maps the kiosk's visit tiles to them (settings.kiosk.visits).
import type { Field, LocalizedText, Procedure } from '../../shared/domain/model.js';
import type { KioskVisits } from '../../shared/protocol/config-schemas.js';
import { SERIES_IDS } from './demo-catalogue.js';

export const DEMO_VISIT_FIELD: Field = {
  id: 'f-luot-khac',
  code: 'KQ',
  name: {
    vi: 'Nhận kết quả, bổ sung hồ sơ, hỏi thông tin',
    en: 'Results, missing papers, questions',
    km: 'ទទួលលទ្ធផល បំពេញឯកសារ សួរព័ត៌មាន',
  },
};

const ID_CARD: LocalizedText = {
  vi: 'Căn cước (CCCD) hoặc giấy tờ tuỳ thân',
  en: 'Citizen ID card (CCCD) or other identity paper',
  km: 'អត្តសញ្ញាណប័ណ្ណ (CCCD) ឬឯកសារអត្តសញ្ញាណផ្សេងទៀត',
};

type Text = LocalizedText;

const visit = (id: string, code: string, name: Text, document: Text): Procedure => ({
  id,
  code,
  name,
  fieldId: DEMO_VISIT_FIELD.id,
  seriesId: SERIES_IDS.khac,
  processingTime: { value: 0, unit: 'same_day' },
  fee: { vi: 'Miễn phí', en: 'Free', km: 'ឥតគិតថ្លៃ' },
  documents: [document, ID_CARD],
});

export const DEMO_VISIT_PROCEDURES: Procedure[] = [
  visit(
    'p-visit-result',
    'KQ-1',
    { vi: 'Nhận kết quả', en: 'Collect a result', km: 'ទទួលលទ្ធផល' },
    {
      vi: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
      en: 'The receipt of your dossier with its result date',
      km: 'បង្កាន់ដៃទទួលឯកសារ និងណាត់ថ្ងៃប្រគល់លទ្ធផល',
    },
  ),
  visit(
    'p-visit-supplement',
    'KQ-2',
    { vi: 'Bổ sung hồ sơ', en: 'Bring missing papers', km: 'បំពេញឯកសារបន្ថែម' },
    {
      vi: 'Giấy tờ còn thiếu theo phiếu hướng dẫn bổ sung',
      en: 'The missing papers listed on the guidance slip',
      km: 'ឯកសារដែលនៅខ្វះ តាមប័ណ្ណណែនាំបំពេញបន្ថែម',
    },
  ),
  visit(
    'p-visit-inquiry',
    'KQ-3',
    { vi: 'Hỏi thông tin', en: 'Ask a question', km: 'សួរព័ត៌មាន' },
    {
      vi: 'Giấy tờ liên quan đến câu hỏi (nếu có)',
      en: 'Papers about your question (if any)',
      km: 'ឯកសារពាក់ព័ន្ធនឹងសំណួរ (បើមាន)',
    },
  ),
];

export const DEMO_KIOSK_VISITS: KioskVisits = {
  result: 'p-visit-result',
  supplement: 'p-visit-supplement',
  inquiry: 'p-visit-inquiry',
};
