// The demo centre's catalogue: fields (lĩnh vực) and administrative procedures (thủ tục hành chính)
// of a ward-level Trung tâm Phục vụ hành chính công.
//
// Names and mã TTHC are real national codes, cross-checked against public catalogues; the local
// form appends the agency suffix .000.00.00.H59 (the code of the former Trà Vinh province). One
// code we could not confirm is kept in the national form, which the lenient checker only warns
// about. Processing times, fees and documents are representative of the published procedures,
// not an authoritative copy: a real centre imports its own catalogue (CSV/JSON, keyed by mã TTHC).
import type { Field, LocalizedText, ProcessingTime, Procedure } from '../../shared/domain/model.js';
import { KM_DOCUMENTS, KM_FEES, KM_PROCEDURE_NAMES } from './demo-catalogue-km.js';

/** Series ids of the demo site (defined in demo-site.ts). */
export const SERIES_IDS = {
  hoTich: 's-a',
  chungThuc: 's-b',
  datDaiXayDung: 's-c',
  kinhDoanh: 's-d',
  xaHoi: 's-e',
  khac: 's-khac',
} as const;

export const DEMO_FIELDS: Field[] = [
  {
    id: 'f-hotich',
    code: 'HT',
    name: { vi: 'Hộ tịch', en: 'Civil status registration', km: 'ការចុះបញ្ជីអត្រានុកូលដ្ឋាន' },
  },
  {
    id: 'f-chungthuc',
    code: 'CT',
    name: { vi: 'Chứng thực', en: 'Certification of copies and signatures', km: 'ការបញ្ជាក់ឯកសារ និងហត្ថលេខា' },
  },
  { id: 'f-datdai', code: 'DD', name: { vi: 'Đất đai', en: 'Land', km: 'ដីធ្លី' } },
  { id: 'f-xaydung', code: 'XD', name: { vi: 'Xây dựng', en: 'Construction permits', km: 'ការអនុញ្ញាតសាងសង់' } },
  {
    id: 'f-hokinhdoanh',
    code: 'HKD',
    name: {
      vi: 'Đăng ký hộ kinh doanh',
      en: 'Household business registration',
      km: 'ការចុះបញ្ជីអាជីវកម្មគ្រួសារ',
    },
  },
  {
    id: 'f-baotroxahoi',
    code: 'BTXH',
    name: { vi: 'Bảo trợ xã hội', en: 'Social protection', km: 'ការគាំពារសង្គម' },
  },
  {
    id: 'f-nguoicocong',
    code: 'NCC',
    name: {
      vi: 'Người có công',
      en: 'People with meritorious services to the revolution',
      km: 'អ្នកមានគុណបំណាច់ចំពោះបដិវត្តន៍',
    },
  },
  {
    id: 'f-hoagiai',
    code: 'HGCS',
    name: { vi: 'Hoà giải ở cơ sở', en: 'Grassroots mediation', km: 'ការសម្រុះសម្រួលនៅមូលដ្ឋាន' },
  },
  { id: 'f-nuoiconnuoi', code: 'NCN', name: { vi: 'Nuôi con nuôi', en: 'Adoption', km: 'ការសុំកូនចិញ្ចឹម' } },
  { id: 'f-giaoduc', code: 'GD', name: { vi: 'Giáo dục và Đào tạo', en: 'Education', km: 'ការអប់រំ' } },
  {
    id: 'f-nongnghiep',
    code: 'NNMT',
    name: { vi: 'Nông nghiệp và Môi trường', en: 'Agriculture and environment', km: 'កសិកម្ម និងបរិស្ថាន' },
  },
];

/** The series a field's tickets are numbered in. */
const SERIES_OF_FIELD: Record<string, string> = {
  'f-hotich': SERIES_IDS.hoTich,
  'f-nuoiconnuoi': SERIES_IDS.hoTich,
  'f-chungthuc': SERIES_IDS.chungThuc,
  'f-datdai': SERIES_IDS.datDaiXayDung,
  'f-xaydung': SERIES_IDS.datDaiXayDung,
  'f-hokinhdoanh': SERIES_IDS.kinhDoanh,
  'f-baotroxahoi': SERIES_IDS.xaHoi,
  'f-nguoicocong': SERIES_IDS.xaHoi,
  'f-hoagiai': SERIES_IDS.khac,
  'f-giaoduc': SERIES_IDS.khac,
  'f-nongnghiep': SERIES_IDS.khac,
};

/** Local form of a national mã TTHC: 1.001193 → 1.001193.000.00.00.H59. */
const h59 = (national: string) => `${national}.000.00.00.H59`;

const sameDay: ProcessingTime = { value: 0, unit: 'same_day' };
const workingDays = (value: number): ProcessingTime => ({ value, unit: 'working_days' });
const days = (value: number): ProcessingTime => ({ value, unit: 'days' });

const FREE: LocalizedText = { vi: 'Miễn phí', en: 'Free', km: 'ឥតគិតថ្លៃ' };
const NO_FEE: LocalizedText = { vi: 'Miễn lệ phí', en: 'No fee' };
const FREE_ON_TIME: LocalizedText = {
  vi: 'Miễn lệ phí (đăng ký đúng hạn)',
  en: 'No fee when registered on time',
};
const PROVINCIAL_FEE: LocalizedText = {
  vi: 'Lệ phí theo Nghị quyết của HĐND tỉnh',
  en: "Fee set by the provincial People's Council",
};
const LAND_FEE: LocalizedText = {
  vi: 'Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ theo Nghị quyết của HĐND tỉnh',
  en: "Certificate fee and appraisal charge set by the provincial People's Council",
};
const COPY_FEE: LocalizedText = {
  vi: '2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản',
  en: 'VND 2,000 per page; VND 1,000 per page from the third page; at most VND 200,000 per copy',
};

interface Entry {
  id: string;
  code: string;
  fieldId: string;
  vi: string;
  en: string;
  time: ProcessingTime;
  fee: LocalizedText;
  docs: string[];
}

const ID_DOC = 'Giấy tờ tuỳ thân của người yêu cầu (CCCD, hộ chiếu hoặc tài khoản định danh điện tử)';

const ENTRIES: Entry[] = [
  // Hộ tịch
  {
    id: 'p-khai-sinh',
    code: h59('1.001193'),
    fieldId: 'f-hotich',
    vi: 'Đăng ký khai sinh',
    en: 'Birth registration',
    time: sameDay,
    fee: FREE_ON_TIME,
    docs: [
      'Tờ khai đăng ký khai sinh (theo mẫu)',
      'Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh',
      'Giấy tờ tuỳ thân của người đi đăng ký',
    ],
  },
  {
    id: 'p-khai-sinh-nhan-cha-me-con',
    code: h59('1.000689'),
    fieldId: 'f-hotich',
    vi: 'Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
    en: 'Birth registration combined with recognition of parentage',
    time: workingDays(3),
    fee: PROVINCIAL_FEE,
    docs: [
      'Tờ khai đăng ký khai sinh và Tờ khai đăng ký nhận cha, mẹ, con (theo mẫu)',
      'Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh',
      'Chứng cứ chứng minh quan hệ cha, mẹ, con',
    ],
  },
  {
    id: 'p-dang-ky-lai-khai-sinh',
    code: h59('1.004884'),
    fieldId: 'f-hotich',
    vi: 'Đăng ký lại khai sinh',
    en: 'Re-registration of a birth',
    time: workingDays(5),
    fee: PROVINCIAL_FEE,
    docs: [
      'Tờ khai đăng ký lại khai sinh (theo mẫu)',
      'Bản sao giấy tờ, tài liệu có nội dung liên quan đến việc khai sinh (nếu có)',
      'Văn bản cam đoan đã đăng ký khai sinh nhưng không còn lưu giữ được bản chính Giấy khai sinh',
    ],
  },
  {
    id: 'p-khai-sinh-da-co-giay-to',
    code: h59('1.004772'),
    fieldId: 'f-hotich',
    vi: 'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân',
    en: 'Birth registration for a person who already has personal records',
    time: workingDays(5),
    fee: PROVINCIAL_FEE,
    docs: [
      'Tờ khai đăng ký khai sinh (theo mẫu)',
      'Bản sao hồ sơ, giấy tờ cá nhân có thông tin về họ tên, ngày sinh, quê quán',
      'Văn bản cam đoan chưa đăng ký khai sinh',
    ],
  },
  {
    id: 'p-ket-hon',
    code: h59('1.000894'),
    fieldId: 'f-hotich',
    vi: 'Đăng ký kết hôn',
    en: 'Marriage registration',
    time: sameDay,
    fee: NO_FEE,
    docs: [
      'Tờ khai đăng ký kết hôn (hai bên cùng ký)',
      'Giấy tờ tuỳ thân của hai bên nam, nữ',
      'Giấy xác nhận tình trạng hôn nhân (nếu đăng ký kết hôn không ở nơi thường trú)',
    ],
  },
  {
    id: 'p-dang-ky-lai-ket-hon',
    code: h59('1.004746'),
    fieldId: 'f-hotich',
    vi: 'Đăng ký lại kết hôn',
    en: 'Re-registration of a marriage',
    time: workingDays(5),
    fee: PROVINCIAL_FEE,
    docs: [
      'Tờ khai đăng ký lại kết hôn (theo mẫu)',
      'Bản sao Giấy chứng nhận kết hôn được cấp trước đây (nếu có)',
    ],
  },
  {
    id: 'p-xac-nhan-hon-nhan',
    code: h59('1.004873'),
    fieldId: 'f-hotich',
    vi: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    en: 'Certificate of marital status',
    time: workingDays(3),
    fee: PROVINCIAL_FEE,
    docs: [
      'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)',
      'Giấy tờ chứng minh đã ly hôn hoặc vợ/chồng đã chết (nếu có)',
      ID_DOC,
    ],
  },
  {
    id: 'p-khai-tu',
    code: h59('1.000656'),
    fieldId: 'f-hotich',
    vi: 'Đăng ký khai tử',
    en: 'Death registration',
    time: sameDay,
    fee: FREE_ON_TIME,
    docs: ['Tờ khai đăng ký khai tử (theo mẫu)', 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', ID_DOC],
  },
  {
    id: 'p-dang-ky-lai-khai-tu',
    code: h59('1.005461'),
    fieldId: 'f-hotich',
    vi: 'Đăng ký lại khai tử',
    en: 'Re-registration of a death',
    time: workingDays(5),
    fee: PROVINCIAL_FEE,
    docs: [
      'Tờ khai đăng ký lại khai tử (theo mẫu)',
      'Bản sao Giấy chứng tử trước đây hoặc giấy tờ liên quan đến việc khai tử (nếu có)',
    ],
  },
  {
    id: 'p-nhan-cha-me-con',
    code: h59('1.001022'),
    fieldId: 'f-hotich',
    vi: 'Đăng ký nhận cha, mẹ, con',
    en: 'Recognition of parentage',
    time: workingDays(3),
    fee: PROVINCIAL_FEE,
    docs: [
      'Tờ khai đăng ký nhận cha, mẹ, con (theo mẫu)',
      'Chứng cứ chứng minh quan hệ cha, mẹ, con (văn bản giám định ADN hoặc giấy tờ khác)',
      ID_DOC,
    ],
  },
  {
    id: 'p-thay-doi-cai-chinh',
    code: h59('1.004859'),
    fieldId: 'f-hotich',
    vi: 'Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
    en: 'Change, correction or completion of civil-status details; redetermination of ethnicity',
    time: workingDays(3),
    fee: PROVINCIAL_FEE,
    docs: [
      'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch (theo mẫu)',
      'Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung',
      ID_DOC,
    ],
  },
  {
    id: 'p-trich-luc',
    code: h59('2.000635'),
    fieldId: 'f-hotich',
    vi: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh',
    en: 'Copies of civil-status extracts and birth certificates',
    time: sameDay,
    fee: { vi: '8.000 đồng/bản sao', en: 'VND 8,000 per copy' },
    docs: [
      'Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)',
      ID_DOC,
      'Văn bản uỷ quyền (nếu yêu cầu thay người khác)',
    ],
  },
  {
    id: 'p-giam-ho',
    code: h59('1.004837'),
    fieldId: 'f-hotich',
    vi: 'Đăng ký giám hộ',
    en: 'Registration of guardianship',
    time: workingDays(3),
    fee: NO_FEE,
    docs: [
      'Tờ khai đăng ký giám hộ (theo mẫu)',
      'Văn bản cử người giám hộ hoặc giấy tờ chứng minh điều kiện giám hộ đương nhiên',
    ],
  },
  {
    id: 'p-cham-dut-giam-ho',
    code: h59('1.004845'),
    fieldId: 'f-hotich',
    vi: 'Đăng ký chấm dứt giám hộ',
    en: 'Termination of guardianship',
    time: workingDays(2),
    fee: NO_FEE,
    docs: ['Tờ khai đăng ký chấm dứt giám hộ (theo mẫu)', 'Giấy tờ làm căn cứ chấm dứt việc giám hộ'],
  },
  {
    id: 'p-khai-sinh-yeu-to-nuoc-ngoai',
    code: h59('2.000528'),
    fieldId: 'f-hotich',
    vi: 'Đăng ký khai sinh có yếu tố nước ngoài',
    en: 'Birth registration involving a foreign element',
    time: workingDays(3),
    fee: PROVINCIAL_FEE,
    docs: [
      'Tờ khai đăng ký khai sinh (theo mẫu)',
      'Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh',
      'Văn bản thoả thuận của cha, mẹ về việc chọn quốc tịch cho con (nếu có)',
      'Hộ chiếu hoặc giấy tờ thay hộ chiếu của cha hoặc mẹ là người nước ngoài',
    ],
  },
  {
    id: 'p-ket-hon-yeu-to-nuoc-ngoai',
    code: h59('2.000806'),
    fieldId: 'f-hotich',
    vi: 'Đăng ký kết hôn có yếu tố nước ngoài',
    en: 'Marriage registration involving a foreign element',
    time: workingDays(10),
    fee: PROVINCIAL_FEE,
    docs: [
      'Tờ khai đăng ký kết hôn (theo mẫu)',
      'Giấy xác nhận của tổ chức y tế về việc không mắc bệnh tâm thần',
      'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài',
      'Hộ chiếu hoặc giấy tờ thay hộ chiếu của người nước ngoài',
    ],
  },

  // Nuôi con nuôi
  {
    id: 'p-nuoi-con-nuoi',
    code: h59('2.001263'),
    fieldId: 'f-nuoiconnuoi',
    vi: 'Đăng ký việc nuôi con nuôi trong nước',
    en: 'Registration of a domestic adoption',
    time: days(30),
    fee: {
      vi: '400.000 đồng/trường hợp (miễn trong các trường hợp pháp luật quy định)',
      en: 'VND 400,000 per case (waived where the law provides)',
    },
    docs: [
      'Đơn xin nhận con nuôi (theo mẫu)',
      'Bản sao Giấy khai sinh của người được giới thiệu làm con nuôi',
      'Phiếu lý lịch tư pháp của người nhận con nuôi',
      'Giấy khám sức khoẻ của người nhận và người được nhận làm con nuôi',
    ],
  },
  {
    id: 'p-dang-ky-lai-nuoi-con-nuoi',
    code: h59('2.001255'),
    fieldId: 'f-nuoiconnuoi',
    vi: 'Đăng ký lại việc nuôi con nuôi trong nước',
    en: 'Re-registration of a domestic adoption',
    time: workingDays(5),
    fee: NO_FEE,
    docs: [
      'Tờ khai đăng ký lại việc nuôi con nuôi (theo mẫu)',
      'Bản sao Quyết định cho nhận con nuôi hoặc giấy tờ liên quan (nếu có)',
    ],
  },

  // Chứng thực
  {
    id: 'p-chung-thuc-ban-sao',
    code: h59('2.000815'),
    fieldId: 'f-chungthuc',
    vi: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
    en: 'Certified copies from original documents',
    time: sameDay,
    fee: COPY_FEE,
    docs: [
      'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao',
      'Bản sao cần chứng thực (nếu người yêu cầu tự chuẩn bị)',
    ],
  },
  {
    id: 'p-chung-thuc-chu-ky',
    code: h59('2.000884'),
    fieldId: 'f-chungthuc',
    vi: 'Chứng thực chữ ký trong các giấy tờ, văn bản (kể cả điểm chỉ)',
    en: 'Certification of signatures (including fingerprints)',
    time: sameDay,
    fee: { vi: '10.000 đồng/trường hợp', en: 'VND 10,000 per case' },
    docs: ['CCCD hoặc hộ chiếu còn giá trị sử dụng', 'Giấy tờ, văn bản sẽ ký'],
  },
  {
    id: 'p-chung-thuc-hop-dong',
    code: h59('2.001035'),
    fieldId: 'f-chungthuc',
    vi: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở',
    en: 'Certification of contracts on movable property, land use rights and houses',
    time: workingDays(2),
    fee: { vi: '50.000 đồng/hợp đồng, giao dịch', en: 'VND 50,000 per contract' },
    docs: [
      'Dự thảo hợp đồng, giao dịch',
      'Bản sao giấy tờ tuỳ thân của người yêu cầu chứng thực',
      'Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở hoặc giấy tờ thay thế',
    ],
  },
  {
    id: 'p-chung-thuc-di-chuc',
    code: h59('2.001019'),
    fieldId: 'f-chungthuc',
    vi: 'Chứng thực di chúc',
    en: 'Certification of a will',
    time: workingDays(2),
    fee: { vi: '50.000 đồng/di chúc', en: 'VND 50,000 per will' },
    docs: [
      'Dự thảo di chúc',
      'Bản sao giấy tờ tuỳ thân của người lập di chúc',
      'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản (nếu di chúc liên quan)',
    ],
  },
  {
    id: 'p-sua-loi-hop-dong',
    code: h59('2.000927'),
    fieldId: 'f-chungthuc',
    vi: 'Sửa lỗi sai sót trong hợp đồng, giao dịch',
    en: 'Correction of errors in a certified contract',
    time: sameDay,
    fee: { vi: '25.000 đồng/hợp đồng, giao dịch', en: 'VND 25,000 per contract' },
    docs: ['Hợp đồng, giao dịch đã được chứng thực', 'Giấy tờ tuỳ thân của các bên tham gia'],
  },
  {
    id: 'p-ban-sao-hop-dong',
    code: h59('2.000942'),
    fieldId: 'f-chungthuc',
    vi: 'Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực',
    en: 'Certified copies of a previously certified contract',
    time: workingDays(2),
    fee: COPY_FEE,
    docs: ['Văn bản đề nghị cấp bản sao', ID_DOC],
  },
  {
    id: 'p-ban-sao-so-goc',
    code: h59('2.000908'),
    fieldId: 'f-chungthuc',
    vi: 'Cấp bản sao từ sổ gốc',
    en: 'Copies issued from the master register',
    time: sameDay,
    fee: { vi: 'Theo quy định hiện hành', en: 'As currently regulated' },
    docs: [ID_DOC, 'Giấy tờ chứng minh quan hệ với người được cấp bản chính (nếu yêu cầu thay)'],
  },

  // Đất đai
  {
    id: 'p-dang-ky-dat-lan-dau',
    code: h59('1.013978'),
    fieldId: 'f-datdai',
    vi: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
    en: 'First registration of land and first land-use-rights certificate for households and individuals',
    time: workingDays(20),
    fee: LAND_FEE,
    docs: [
      'Đơn đăng ký đất đai, tài sản gắn liền với đất (theo mẫu)',
      'Giấy tờ về quyền sử dụng đất (nếu có)',
      'Mảnh trích đo bản đồ địa chính thửa đất (nếu có)',
      'Chứng từ thực hiện nghĩa vụ tài chính (nếu có)',
    ],
  },
  {
    id: 'p-cap-doi-gcn',
    code: h59('1.012783'),
    fieldId: 'f-datdai',
    vi: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    en: 'Exchange of a land-use-rights certificate',
    time: workingDays(7),
    fee: LAND_FEE,
    docs: [
      'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (theo mẫu)',
      'Bản gốc Giấy chứng nhận đã cấp',
    ],
  },
  {
    id: 'p-cap-lai-gcn',
    code: h59('1.012786'),
    fieldId: 'f-datdai',
    vi: 'Cấp lại Giấy chứng nhận do bị mất',
    en: 'Reissue of a lost land-use-rights certificate',
    time: workingDays(10),
    fee: LAND_FEE,
    docs: [
      'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (theo mẫu)',
      'Giấy xác nhận đã niêm yết thông báo mất Giấy chứng nhận',
    ],
  },
  {
    id: 'p-chuyen-muc-dich',
    code: h59('1.013992'),
    fieldId: 'f-datdai',
    vi: 'Đăng ký biến động chuyển mục đích sử dụng đất không phải xin phép cơ quan nhà nước có thẩm quyền',
    en: 'Registration of a change of land use that needs no permission',
    time: workingDays(10),
    fee: LAND_FEE,
    docs: [
      'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (theo mẫu)',
      'Bản gốc Giấy chứng nhận đã cấp',
    ],
  },
  {
    id: 'p-the-chap-dat',
    code: h59('1.011441'),
    fieldId: 'f-datdai',
    vi: 'Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất',
    en: 'Registration of a mortgage over land use rights and attached assets',
    time: workingDays(3),
    fee: PROVINCIAL_FEE,
    docs: [
      'Phiếu yêu cầu đăng ký biện pháp bảo đảm (theo mẫu)',
      'Hợp đồng bảo đảm',
      'Bản gốc Giấy chứng nhận đã cấp',
    ],
  },
  {
    id: 'p-xoa-the-chap-dat',
    code: h59('1.011443'),
    fieldId: 'f-datdai',
    vi: 'Xoá đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất',
    en: 'Deregistration of a mortgage over land use rights',
    time: workingDays(3),
    fee: PROVINCIAL_FEE,
    docs: [
      'Phiếu yêu cầu xoá đăng ký biện pháp bảo đảm (theo mẫu)',
      'Bản gốc Giấy chứng nhận đã cấp',
      'Văn bản đồng ý xoá đăng ký của bên nhận bảo đảm (nếu có)',
    ],
  },
  {
    id: 'p-dinh-chinh-gcn',
    code: h59('1.012790'),
    fieldId: 'f-datdai',
    vi: 'Đính chính Giấy chứng nhận đã cấp',
    en: 'Correction of an issued land-use-rights certificate',
    time: workingDays(10),
    fee: PROVINCIAL_FEE,
    docs: ['Đơn đề nghị đính chính Giấy chứng nhận', 'Bản gốc Giấy chứng nhận đã cấp'],
  },
  {
    // National form only: the commune-level code of this procedure could not be confirmed.
    id: 'p-hoa-giai-tranh-chap-dat',
    code: '1.012812',
    fieldId: 'f-datdai',
    vi: 'Hoà giải tranh chấp đất đai',
    en: 'Mediation of land disputes',
    time: days(30),
    fee: FREE,
    docs: [
      'Đơn yêu cầu hoà giải tranh chấp đất đai',
      'Giấy tờ, tài liệu có liên quan đến tranh chấp (nếu có)',
    ],
  },

  // Xây dựng
  {
    id: 'p-gpxd-moi',
    code: h59('1.013225'),
    fieldId: 'f-xaydung',
    vi: 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    en: 'New construction permit for grade III–IV works and individual houses',
    time: days(15),
    fee: PROVINCIAL_FEE,
    docs: [
      'Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)',
      'Bản sao giấy tờ chứng minh quyền sử dụng đất',
      'Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng)',
    ],
  },
  {
    id: 'p-gpxd-dieu-chinh',
    code: h59('1.013226'),
    fieldId: 'f-xaydung',
    vi: 'Cấp điều chỉnh giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    en: 'Amendment of a construction permit',
    time: days(15),
    fee: PROVINCIAL_FEE,
    docs: [
      'Đơn đề nghị điều chỉnh giấy phép xây dựng (theo mẫu)',
      'Bản chính giấy phép xây dựng đã được cấp',
      'Bản vẽ thiết kế điều chỉnh',
    ],
  },
  {
    id: 'p-gpxd-gia-han',
    code: h59('1.013227'),
    fieldId: 'f-xaydung',
    vi: 'Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    en: 'Extension of a construction permit',
    time: workingDays(5),
    fee: PROVINCIAL_FEE,
    docs: ['Đơn đề nghị gia hạn giấy phép xây dựng (theo mẫu)', 'Bản chính giấy phép xây dựng đã được cấp'],
  },
  {
    id: 'p-gpxd-cap-lai',
    code: h59('1.013228'),
    fieldId: 'f-xaydung',
    vi: 'Cấp lại giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    en: 'Reissue of a construction permit',
    time: workingDays(5),
    fee: PROVINCIAL_FEE,
    docs: [
      'Đơn đề nghị cấp lại giấy phép xây dựng (nêu rõ lý do)',
      'Bản chính giấy phép xây dựng đã cấp (nếu bị rách, nát)',
    ],
  },
  {
    id: 'p-gpxd-sua-chua',
    code: h59('1.013229'),
    fieldId: 'f-xaydung',
    vi: 'Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    en: 'Permit for repair or renovation of grade III–IV works and individual houses',
    time: days(15),
    fee: PROVINCIAL_FEE,
    docs: [
      'Đơn đề nghị cấp giấy phép sửa chữa, cải tạo (theo mẫu)',
      'Bản sao giấy tờ chứng minh quyền sở hữu, quản lý, sử dụng công trình, nhà ở',
      'Bản vẽ và ảnh chụp hiện trạng công trình',
    ],
  },

  // Đăng ký hộ kinh doanh
  {
    id: 'p-hkd-thanh-lap',
    code: h59('1.001612'),
    fieldId: 'f-hokinhdoanh',
    vi: 'Đăng ký thành lập hộ kinh doanh',
    en: 'Registration of a household business',
    time: workingDays(3),
    fee: PROVINCIAL_FEE,
    docs: [
      'Giấy đề nghị đăng ký hộ kinh doanh (theo mẫu)',
      'Giấy tờ tuỳ thân của chủ hộ kinh doanh',
      'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (nếu các thành viên cùng đăng ký)',
    ],
  },
  {
    id: 'p-hkd-thay-doi',
    code: h59('2.000720'),
    fieldId: 'f-hokinhdoanh',
    vi: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    en: 'Amendment of a household business registration',
    time: workingDays(3),
    fee: PROVINCIAL_FEE,
    docs: [
      'Thông báo thay đổi nội dung đăng ký hộ kinh doanh (theo mẫu)',
      'Giấy tờ liên quan đến nội dung thay đổi',
    ],
  },
  {
    id: 'p-hkd-tam-ngung',
    code: h59('1.001570'),
    fieldId: 'f-hokinhdoanh',
    vi: 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
    en: 'Suspension, or early resumption, of a household business',
    time: workingDays(3),
    fee: FREE,
    docs: [
      'Thông báo tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn (theo mẫu)',
      'Biên bản họp thành viên hộ gia đình (nếu có)',
    ],
  },
  {
    id: 'p-hkd-cham-dut',
    code: h59('1.001266'),
    fieldId: 'f-hokinhdoanh',
    vi: 'Chấm dứt hoạt động hộ kinh doanh',
    en: 'Closure of a household business',
    time: workingDays(3),
    fee: FREE,
    docs: [
      'Thông báo chấm dứt hoạt động hộ kinh doanh (theo mẫu)',
      'Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh',
      'Văn bản của cơ quan thuế xác nhận hộ kinh doanh đã hoàn thành nghĩa vụ thuế',
    ],
  },
  {
    id: 'p-hkd-cap-lai',
    code: h59('2.000575'),
    fieldId: 'f-hokinhdoanh',
    vi: 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh',
    en: 'Reissue of a household business registration certificate',
    time: workingDays(3),
    fee: PROVINCIAL_FEE,
    docs: [
      'Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh',
      'Giấy tờ tuỳ thân của chủ hộ kinh doanh',
    ],
  },

  // Bảo trợ xã hội
  {
    id: 'p-tro-cap-xa-hoi',
    code: h59('1.001776'),
    fieldId: 'f-baotroxahoi',
    vi: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
    en: 'Monthly social allowance and monthly care support: grant, change or end',
    time: workingDays(15),
    fee: FREE,
    docs: [
      'Tờ khai đề nghị trợ giúp xã hội (theo mẫu)',
      'Bản sao Giấy xác nhận khuyết tật (đối với người khuyết tật)',
      'Giấy tờ tuỳ thân của đối tượng',
    ],
  },
  {
    id: 'p-xac-dinh-khuyet-tat',
    code: h59('1.001699'),
    fieldId: 'f-baotroxahoi',
    vi: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    en: 'Assessment of the level of disability and issue of a disability certificate',
    time: workingDays(25),
    fee: FREE,
    docs: [
      'Đơn đề nghị xác định mức độ khuyết tật (theo mẫu)',
      'Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy ra viện…) nếu có',
    ],
  },
  {
    id: 'p-doi-giay-khuyet-tat',
    code: h59('1.001653'),
    fieldId: 'f-baotroxahoi',
    vi: 'Đổi, cấp lại Giấy xác nhận khuyết tật',
    en: 'Exchange or reissue of a disability certificate',
    time: workingDays(5),
    fee: FREE,
    docs: [
      'Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật (theo mẫu)',
      'Giấy xác nhận khuyết tật cũ (trường hợp đổi)',
    ],
  },
  {
    id: 'p-mai-tang-btxh',
    code: h59('1.001731'),
    fieldId: 'f-baotroxahoi',
    vi: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    en: 'Funeral cost support for social protection beneficiaries',
    time: workingDays(5),
    fee: FREE,
    docs: [
      'Tờ khai đề nghị hỗ trợ chi phí mai táng (theo mẫu)',
      'Bản sao Giấy chứng tử hoặc Trích lục khai tử',
    ],
  },
  {
    id: 'p-tro-cap-huu-tri-xa-hoi',
    code: h59('1.014027'),
    fieldId: 'f-baotroxahoi',
    vi: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp hưu trí xã hội',
    en: 'Social pension: grant, change or end',
    time: workingDays(10),
    fee: FREE,
    docs: ['Tờ khai đề nghị hưởng trợ cấp hưu trí xã hội (theo mẫu)', 'Giấy tờ tuỳ thân của người đề nghị'],
  },

  // Người có công
  {
    id: 'p-tho-cung-liet-si',
    code: h59('1.010803'),
    fieldId: 'f-nguoicocong',
    vi: 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
    en: "Allowance for worship of a fallen soldier's memory",
    time: workingDays(10),
    fee: FREE,
    docs: [
      'Bản khai đề nghị trợ cấp thờ cúng liệt sĩ (theo mẫu)',
      'Văn bản uỷ quyền của thân nhân liệt sĩ (nếu có)',
      'Bản sao Bằng "Tổ quốc ghi công"',
    ],
  },
  {
    id: 'p-xac-nhan-than-nhan',
    code: h59('1.010833'),
    fieldId: 'f-nguoicocong',
    vi: 'Cấp giấy xác nhận thân nhân của người có công',
    en: 'Certificate confirming a relative of a person with meritorious services',
    time: workingDays(5),
    fee: FREE,
    docs: [
      'Đơn đề nghị cấp giấy xác nhận thân nhân của người có công',
      'Giấy tờ chứng minh quan hệ thân nhân',
    ],
  },
  {
    id: 'p-mai-tang-cuu-chien-binh',
    code: h59('2.002307'),
    fieldId: 'f-nguoicocong',
    vi: 'Giải quyết chế độ mai táng phí đối với cựu chiến binh',
    en: 'Funeral allowance for veterans',
    time: workingDays(10),
    fee: FREE,
    docs: [
      'Bản khai đề nghị hưởng chế độ mai táng phí của thân nhân (theo mẫu)',
      'Bản sao Giấy chứng tử hoặc Trích lục khai tử',
      'Giấy tờ chứng minh là cựu chiến binh',
    ],
  },

  // Hoà giải ở cơ sở
  {
    id: 'p-cong-nhan-hoa-giai-vien',
    code: h59('1.002211'),
    fieldId: 'f-hoagiai',
    vi: 'Công nhận hoà giải viên',
    en: 'Recognition of a grassroots mediator',
    time: workingDays(3),
    fee: FREE,
    docs: ['Biên bản bầu hoà giải viên', 'Văn bản đề nghị công nhận của Trưởng ban công tác Mặt trận'],
  },
  {
    id: 'p-cong-nhan-to-truong-hoa-giai',
    code: h59('2.000950'),
    fieldId: 'f-hoagiai',
    vi: 'Công nhận tổ trưởng tổ hoà giải',
    en: 'Recognition of a mediation team leader',
    time: workingDays(3),
    fee: FREE,
    docs: [
      'Biên bản bầu tổ trưởng tổ hoà giải',
      'Văn bản đề nghị công nhận của Trưởng ban công tác Mặt trận',
    ],
  },
  {
    id: 'p-thoi-lam-hoa-giai-vien',
    code: h59('2.000930'),
    fieldId: 'f-hoagiai',
    vi: 'Thôi làm hoà giải viên',
    en: 'Removal or resignation of a grassroots mediator',
    time: workingDays(3),
    fee: FREE,
    docs: ['Văn bản đề nghị thôi làm hoà giải viên', 'Biên bản hoặc văn bản của tổ hoà giải (nếu có)'],
  },

  // Giáo dục và Đào tạo
  {
    id: 'p-tuyen-sinh-thcs',
    code: h59('3.000182'),
    fieldId: 'f-giaoduc',
    vi: 'Tuyển sinh trung học cơ sở',
    en: 'Admission to lower secondary school',
    time: workingDays(10),
    fee: FREE,
    docs: [
      'Đơn đăng ký dự tuyển vào lớp 6 (theo mẫu)',
      'Bản sao Giấy khai sinh',
      'Học bạ hoặc giấy xác nhận hoàn thành chương trình tiểu học',
    ],
  },
  {
    id: 'p-chuyen-truong',
    code: h59('2.002854'),
    fieldId: 'f-giaoduc',
    vi: 'Chuyển trường và tiếp nhận học sinh',
    en: 'School transfer and admission of pupils',
    time: workingDays(3),
    fee: FREE,
    docs: ['Đơn xin chuyển trường của cha, mẹ hoặc người giám hộ', 'Học bạ', 'Giấy giới thiệu chuyển trường'],
  },
  {
    id: 'p-ho-tro-an-trua',
    code: h59('1.001622'),
    fieldId: 'f-giaoduc',
    vi: 'Hỗ trợ ăn trưa đối với trẻ em mẫu giáo',
    en: 'Lunch support for kindergarten children',
    time: workingDays(10),
    fee: FREE,
    docs: [
      'Đơn đề nghị hỗ trợ tiền ăn trưa (theo mẫu)',
      'Bản sao giấy tờ chứng minh thuộc đối tượng được hỗ trợ (nếu có)',
    ],
  },

  // Nông nghiệp và Môi trường
  {
    id: 'p-nuoi-thuy-san-long-be',
    code: h59('1.014801'),
    fieldId: 'f-nongnghiep',
    vi: 'Cấp, cấp lại Giấy xác nhận nuôi trồng thuỷ sản lồng bè, đối tượng thuỷ sản nuôi chủ lực',
    en: 'Certificate for cage or raft aquaculture and key farmed species (issue or reissue)',
    time: workingDays(5),
    fee: FREE,
    docs: [
      'Đơn đề nghị cấp Giấy xác nhận (theo mẫu)',
      'Giấy tờ về khu vực, mặt nước nuôi trồng thuỷ sản (nếu có)',
    ],
  },
  {
    id: 'p-xung-kich-thien-tai',
    code: h59('1.010091'),
    fieldId: 'f-nongnghiep',
    vi: 'Hỗ trợ khám chữa bệnh, trợ cấp tai nạn cho lực lượng xung kích phòng chống thiên tai cấp xã trong trường hợp chưa tham gia bảo hiểm y tế, bảo hiểm xã hội',
    en: 'Medical and accident support for commune disaster-response team members without insurance',
    time: workingDays(10),
    fee: FREE,
    docs: [
      'Đơn đề nghị hỗ trợ (theo mẫu)',
      'Giấy ra viện và chứng từ chi phí khám, chữa bệnh',
      'Biên bản xác nhận tai nạn',
    ],
  },
];

function toProcedure(e: Entry): Procedure {
  const seriesId = SERIES_OF_FIELD[e.fieldId];
  if (!seriesId) throw new Error(`demo catalogue: field ${e.fieldId} has no series`);
  return {
    id: e.id,
    code: e.code,
    name: { vi: e.vi, en: e.en, km: KM_PROCEDURE_NAMES[e.id] },
    fieldId: e.fieldId,
    seriesId,
    processingTime: e.time,
    fee: { ...e.fee, km: e.fee.km ?? KM_FEES[e.fee.vi] },
    documents: e.docs.map((vi) => ({ vi, km: KM_DOCUMENTS[vi] })),
  };
}

export const DEMO_PROCEDURES: Procedure[] = ENTRIES.map(toProcedure);
