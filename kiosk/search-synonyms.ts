// Everyday words for procedures, as citizens say them, mapped to the words of the official names
// (normalised: no diacritics, lower case). The kiosk search tries the query as typed and with
// these replaced; each procedure may add its own keywords in the console.
export const EVERYDAY_SYNONYMS: Readonly<Record<string, string>> = {
  'cong chung': 'chung thuc',
  'sao y': 'chung thuc ban sao',
  photo: 'ban sao',
  'doc than': 'tinh trang hon nhan',
  'giay doc than': 'xac nhan tinh trang hon nhan',
  'lam giay khai sinh': 'dang ky khai sinh',
  'giay khai sinh': 'khai sinh',
  'giay ket hon': 'dang ky ket hon',
  'cuoi vo': 'ket hon',
  'lay chong': 'ket hon',
  'bao tu': 'khai tu',
  'nguoi mat': 'khai tu',
  'di chuc': 'di chuc',
  'nhan con nuoi': 'nuoi con nuoi',
};
