// The demo centre itself: site, ticket series, counters, priority categories, the rating scale
// and three officer accounts. Modelled on a post-2025 ward centre in the former Trà Vinh city
// (tỉnh Vĩnh Long since 1 July 2025). It is open around the clock so that a newcomer who runs
// `npm start` can take a ticket at any hour.
import type {
  Counter,
  OpeningHours,
  PriorityCategory,
  Series,
  Site,
  TimeWindow,
} from '../../shared/domain/model.js';
import type { RatingSettings } from '../../shared/protocol/config-schemas.js';
import { SERIES_IDS } from './demo-catalogue.js';

const ALL_DAY: TimeWindow[] = [{ start: '00:00', end: '24:00' }];

const OPEN_EVERY_DAY: OpeningHours = {
  '1': ALL_DAY,
  '2': ALL_DAY,
  '3': ALL_DAY,
  '4': ALL_DAY,
  '5': ALL_DAY,
  '6': ALL_DAY,
  '7': ALL_DAY,
};

/**
 * No agencyCode: the identifier of the merged tỉnh Vĩnh Long is not confirmed (Trà Vinh was
 * 000.00.00.H59). A real centre copies it from the provincial one-stop system.
 */
export function demoSite(siteId: string): Site {
  return {
    id: siteId,
    name: {
      vi: 'Trung tâm Phục vụ hành chính công phường Trà Vinh',
      en: 'Tra Vinh Ward Public Administration Service Centre',
      km: 'មជ្ឈមណ្ឌលបម្រើរដ្ឋបាលសាធារណៈ សង្កាត់ព្រះត្រពាំង',
    },
    ward: { vi: 'Phường Trà Vinh', en: 'Tra Vinh Ward', km: 'សង្កាត់ព្រះត្រពាំង' },
    province: { vi: 'Tỉnh Vĩnh Long', en: 'Vinh Long Province', km: 'ខេត្តវិញឡុង' },
    timeZone: 'Asia/Ho_Chi_Minh',
    openingHours: OPEN_EVERY_DAY,
    holidays: [],
    closedMessage: {
      vi: 'Hiện ngoài giờ cấp số thứ tự. Quý khách vui lòng quay lại trong giờ làm việc. Xin cảm ơn!',
      en: 'Tickets are not being issued at the moment. Please come back during opening hours. Thank you!',
      km: 'ពេលនេះមិនមានការចេញលេខរង់ចាំទេ។ សូមត្រឡប់មកវិញក្នុងម៉ោងធ្វើការ។ សូមអរគុណ!',
    },
  };
}

const letterSeries = (
  id: string,
  prefix: string,
  name: Series['name'],
  targetWaitMinutes: number,
  dailyCap = 0,
): Series => ({
  id,
  name,
  prefix,
  start: 1,
  end: 999,
  step: 1,
  padding: 3,
  dailyCap,
  onExhausted: 'refuse',
  targetWaitMinutes,
});

export const DEMO_SERIES: Series[] = [
  letterSeries(
    SERIES_IDS.hoTich,
    'A',
    { vi: 'Hộ tịch – Nuôi con nuôi', en: 'Civil status and adoption', km: 'អត្រានុកូលដ្ឋាន និងកូនចិញ្ចឹម' },
    15,
  ),
  letterSeries(SERIES_IDS.chungThuc, 'B', { vi: 'Chứng thực', en: 'Certification', km: 'ការបញ្ជាក់ឯកសារ' }, 15),
  letterSeries(
    SERIES_IDS.datDaiXayDung,
    'C',
    { vi: 'Đất đai – Xây dựng', en: 'Land and construction', km: 'ដីធ្លី និងសំណង់' },
    30,
    300,
  ),
  letterSeries(
    SERIES_IDS.kinhDoanh,
    'D',
    { vi: 'Kinh doanh', en: 'Household business', km: 'អាជីវកម្មគ្រួសារ' },
    20,
  ),
  letterSeries(
    SERIES_IDS.xaHoi,
    'E',
    { vi: 'Xã hội – Người có công', en: 'Social affairs and veterans', km: 'សង្គមកិច្ច និងអ្នកមានគុណបំណាច់' },
    20,
  ),
  {
    id: SERIES_IDS.khac,
    name: {
      vi: 'Hoà giải – Giáo dục – Nông nghiệp',
      en: 'Mediation, education and agriculture',
      km: 'ការសម្រុះសម្រួល ការអប់រំ និងកសិកម្ម',
    },
    prefix: '',
    start: 1001,
    end: 1999,
    step: 1,
    padding: 4,
    dailyCap: 0,
    onExhausted: 'refuse',
    targetWaitMinutes: 25,
  },
];

const counter = (
  number: number,
  zone: string,
  vi: string,
  en: string,
  series: Counter['series'],
  policy: Counter['policy'],
  interleaveRatio?: number,
): Counter => ({
  id: `c${number}`,
  number,
  name: { vi: `Quầy ${number} – ${vi}`, en: `Counter ${number} – ${en}`, km: `បញ្ជរ ${number}` },
  zone,
  series,
  policy,
  ...(interleaveRatio ? { interleaveRatio } : {}),
});

/**
 * Zone A: civil status and certification. Zone B: land, business, social affairs and the
 * counter for the elderly, pregnant women and people with disabilities (NĐ 118/2025/NĐ-CP), which
 * serves every series but always calls priority tickets first.
 */
export const DEMO_COUNTERS: Counter[] = [
  counter(1, 'A', 'Hộ tịch', 'Civil status', [{ seriesId: SERIES_IDS.hoTich }], 'fifo'),
  counter(
    2,
    'A',
    'Hộ tịch, Chứng thực',
    'Civil status, certification',
    [{ seriesId: SERIES_IDS.hoTich }, { seriesId: SERIES_IDS.chungThuc }],
    'interleave',
    3,
  ),
  counter(
    3,
    'A',
    'Chứng thực, Hoà giải, Giáo dục, Nông nghiệp',
    'Certification, mediation, education, agriculture',
    [{ seriesId: SERIES_IDS.chungThuc }, { seriesId: SERIES_IDS.khac }],
    'fifo',
  ),
  counter(
    4,
    'B',
    'Đất đai, Xây dựng',
    'Land, construction',
    [{ seriesId: SERIES_IDS.datDaiXayDung }],
    'fifo',
  ),
  counter(
    5,
    'B',
    'Kinh doanh, Xã hội',
    'Business, social affairs',
    [{ seriesId: SERIES_IDS.kinhDoanh }, { seriesId: SERIES_IDS.xaHoi }],
    'fifo',
  ),
  counter(
    6,
    'B',
    'Ưu tiên, Người có công',
    'Priority, veterans',
    [
      { seriesId: SERIES_IDS.xaHoi, weight: 2 },
      { seriesId: SERIES_IDS.hoTich },
      { seriesId: SERIES_IDS.chungThuc },
      { seriesId: SERIES_IDS.datDaiXayDung },
      { seriesId: SERIES_IDS.kinhDoanh },
      { seriesId: SERIES_IDS.khac },
    ],
    'strict',
  ),
];

const ONE_STOP_RULES = 'NĐ 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa';

export const DEMO_PRIORITY_CATEGORIES: PriorityCategory[] = [
  {
    id: 'cao-tuoi',
    name: { vi: 'Người cao tuổi', en: 'Older person', km: 'មនុស្សចាស់' },
    legalBasis: {
      vi: `Người từ đủ 60 tuổi trở lên (Điều 2 Luật Người cao tuổi 2009; ${ONE_STOP_RULES})`,
      en: 'Aged 60 or over (Law on the Elderly 2009, Article 2; Decree 118/2025/ND-CP)',
      km: 'មនុស្សមានអាយុចាប់ពី 60 ឆ្នាំឡើងទៅ',
    },
    ageThreshold: 60,
    requiresConfirmation: true,
  },
  {
    id: 'mang-thai',
    name: { vi: 'Phụ nữ mang thai', en: 'Pregnant woman', km: 'ស្ត្រីមានផ្ទៃពោះ' },
    legalBasis: {
      vi: `Phụ nữ đang mang thai (${ONE_STOP_RULES})`,
      en: 'Pregnant women (Decree 118/2025/ND-CP)',
      km: 'ស្ត្រីកំពុងមានផ្ទៃពោះ',
    },
    requiresConfirmation: true,
  },
  {
    id: 'khuyet-tat',
    name: { vi: 'Người khuyết tật', en: 'Person with a disability', km: 'ជនមានពិការភាព' },
    legalBasis: {
      vi: `Người khuyết tật (${ONE_STOP_RULES})`,
      en: 'People with disabilities (Decree 118/2025/ND-CP)',
      km: 'ជនមានពិការភាព',
    },
    requiresConfirmation: true,
  },
  {
    id: 'co-cong',
    name: {
      vi: 'Người có công với cách mạng',
      en: 'Person with meritorious services to the revolution',
      km: 'អ្នកមានគុណបំណាច់ចំពោះបដិវត្តន៍',
    },
    legalBasis: {
      vi: 'Người có công với cách mạng theo Pháp lệnh Ưu đãi người có công với cách mạng 2020 (ưu tiên theo quy chế của Trung tâm)',
      en: 'Under the 2020 Ordinance on Preferential Treatment of People with Meritorious Services (priority by the centre’s own rules)',
    },
    requiresConfirmation: true,
  },
];

export type DemoRating = Pick<
  RatingSettings,
  'scale' | 'levels' | 'lowLevels' | 'satisfiedLevels' | 'reasons'
>;

/** Three levels, as on the touch-screen raters of Công an TP.HCM (PA72); reasons on "Không hài lòng". */
export const DEMO_RATING: DemoRating = {
  scale: 3,
  levels: [
    { level: 3, label: { vi: 'Rất hài lòng', en: 'Very satisfied', km: 'ពេញចិត្តខ្លាំង' } },
    { level: 2, label: { vi: 'Hài lòng', en: 'Satisfied', km: 'ពេញចិត្ត' } },
    { level: 1, label: { vi: 'Không hài lòng', en: 'Not satisfied', km: 'មិនពេញចិត្ត' } },
  ],
  lowLevels: [1],
  satisfiedLevels: [3, 2],
  reasons: [
    {
      id: 'attitude',
      label: { vi: 'Thái độ phục vụ chưa tốt', en: 'Staff attitude', km: 'អាកប្បកិរិយាបម្រើសេវាមិនល្អ' },
    },
    { id: 'wait', label: { vi: 'Thời gian chờ lâu', en: 'Long wait', km: 'រង់ចាំយូរ' } },
    {
      id: 'guidance',
      label: { vi: 'Hướng dẫn chưa rõ ràng', en: 'Unclear guidance', km: 'ការណែនាំមិនច្បាស់លាស់' },
    },
    {
      id: 'procedure',
      label: { vi: 'Thủ tục rườm rà', en: 'Complicated procedure', km: 'នីតិវិធីស្មុគស្មាញ' },
    },
    {
      id: 'facilities',
      label: { vi: 'Cơ sở vật chất chưa đáp ứng', en: 'Inadequate facilities', km: 'សម្ភារៈបរិក្ខារមិនគ្រប់គ្រាន់' },
    },
    { id: 'other', label: { vi: 'Lý do khác', en: 'Other reason', km: 'មូលហេតុផ្សេងទៀត' } },
  ],
};

export interface DemoStaffMember {
  username: string;
  fullName: string;
  role: 'staff';
  /** Counters the officer usually sits at, first = the usual one. */
  counterIds: string[];
}

/** Officer accounts of the demo centre. Passwords are set by whoever creates the accounts. */
export const DEMO_STAFF: DemoStaffMember[] = [
  { username: 'canbo1', fullName: 'Nguyễn Thị Thu Hà', role: 'staff', counterIds: ['c1', 'c2'] },
  { username: 'canbo2', fullName: 'Thạch Minh Tuấn', role: 'staff', counterIds: ['c4', 'c5'] },
  { username: 'canbo3', fullName: 'Lê Hoàng Phúc', role: 'staff', counterIds: ['c6', 'c3'] },
];
