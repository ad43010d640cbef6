// The figures slide's words (kept apart from the board's dictionary): Vietnamese first.
import { defineMessages } from '../shared/i18n/messages.js';

const vi = {
  'figures.title': 'CÔNG KHAI KẾT QUẢ PHỤC VỤ THÁNG {month}',
  'figures.served': 'Lượt công dân đã được phục vụ',
  'figures.dossiers': 'Hồ sơ tiếp nhận tại quầy',
  'figures.wait': 'Thời gian chờ trung bình',
  'figures.waitValue': '{minutes} phút',
  'figures.satisfaction': 'Công dân hài lòng',
  'figures.satisfactionOf': 'trên {n} lượt đánh giá',
  'figures.onTime': 'Hồ sơ giải quyết đúng hạn',
  'figures.onTimeOf': 'tháng {month}, {n} hồ sơ',
  'figures.none': 'chưa có số liệu',
};

const en: Record<keyof typeof vi, string> = {
  'figures.title': 'OUR SERVICE IN {month}',
  'figures.served': 'Citizens served',
  'figures.dossiers': 'Dossiers received at the counters',
  'figures.wait': 'Average wait',
  'figures.waitValue': '{minutes} min',
  'figures.satisfaction': 'Citizens satisfied',
  'figures.satisfactionOf': 'of {n} ratings',
  'figures.onTime': 'Dossiers resolved on time',
  'figures.onTimeOf': '{month}, {n} dossiers',
  'figures.none': 'no figures yet',
};

const km: Record<keyof typeof vi, string> = {
  'figures.title': 'លទ្ធផលសេវាកម្មប្រចាំខែ {month}',
  'figures.served': 'ប្រជាពលរដ្ឋដែលបានទទួលសេវា',
  'figures.dossiers': 'ឯកសារដែលបានទទួលនៅបញ្ជរ',
  'figures.wait': 'រយៈពេលរង់ចាំជាមធ្យម',
  'figures.waitValue': '{minutes} នាទី',
  'figures.satisfaction': 'ប្រជាពលរដ្ឋពេញចិត្ត',
  'figures.satisfactionOf': 'ក្នុងចំណោមការវាយតម្លៃ {n}',
  'figures.onTime': 'ឯកសារដោះស្រាយទាន់ពេល',
  'figures.onTimeOf': 'ខែ {month}, ឯកសារ {n}',
  'figures.none': 'មិនទាន់មានទិន្នន័យ',
};

export const figuresMessages = defineMessages(vi, en, km);
