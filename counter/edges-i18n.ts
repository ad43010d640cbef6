// Counter words added for the officer's whole day (issue 17): withdrawing a call, the finish
// outcome, the transfer dialog's counter states, placement and note. Kept together so parallel
// work on counter/i18n.ts does not collide. Vietnamese first; English and Khmer complete.
export const edgesVi = {
  'action.withdraw': 'Rút lệnh gọi (gọi nhầm)',
  'done.withdrawn': 'Đã rút lệnh gọi số {number}; số trở lại hàng chờ đúng chỗ cũ.',
  'finish.outcome': 'Kết quả',
  'transfer.placement': 'Vị trí trong hàng mới',
  'transfer.placement.keep': 'Giữ thứ tự lấy số',
  'transfer.placement.front': 'Lên đầu hàng',
  'transfer.placement.back': 'Xuống cuối hàng',
  'transfer.note': 'Lời nhắn cho cán bộ nhận (không bắt buộc)',
  'transfer.closed': 'Đóng',
  'transfer.paused': 'Tạm dừng',
  'transfer.open': 'Đang mở',
  'transfer.waiting': '{n} đang chờ',
  'transfer.closedWarning':
    'Quầy {n} đang đóng (chưa có cán bộ). Số sẽ chờ đến khi quầy mở. Bấm "Chuyển" lần nữa để xác nhận.',
  'waiting.note': 'Lời nhắn: {note}',
  'visit.step': 'Lượt nhiều thủ tục: thủ tục {step}/{total}',
  'visit.next': 'tiếp theo: {name} (số tự chuyển sang khi bấm Hoàn thành)',
};

export const edgesEn: Record<keyof typeof edgesVi, string> = {
  'action.withdraw': 'Withdraw call (called by mistake)',
  'done.withdrawn': 'Call of {number} withdrawn; it is back in line at its place.',
  'finish.outcome': 'Outcome',
  'transfer.placement': 'Place in the new line',
  'transfer.placement.keep': 'Keep its place',
  'transfer.placement.front': 'Front of the line',
  'transfer.placement.back': 'Back of the line',
  'transfer.note': 'Note for the receiving officer (optional)',
  'transfer.closed': 'Closed',
  'transfer.paused': 'Paused',
  'transfer.open': 'Open',
  'transfer.waiting': '{n} waiting',
  'transfer.closedWarning':
    'Counter {n} is closed (nobody signed in). The ticket will wait until it opens. Press "Transfer" again to confirm.',
  'waiting.note': 'Note: {note}',
  'visit.step': 'Multi-procedure visit: procedure {step} of {total}',
  'visit.next': 'next: {name} (the ticket moves there by itself on Finish)',
};

export const edgesKm: Record<keyof typeof edgesVi, string> = {
  'action.withdraw': 'ដកការហៅវិញ (ហៅខុស)',
  'done.withdrawn': 'បានដកការហៅលេខ {number}; លេខត្រឡប់ទៅជួររង់ចាំនៅកន្លែងដើម។',
  'finish.outcome': 'លទ្ធផល',
  'transfer.placement': 'ទីតាំងក្នុងជួរថ្មី',
  'transfer.placement.keep': 'រក្សាលំដាប់',
  'transfer.placement.front': 'ទៅខាងមុខជួរ',
  'transfer.placement.back': 'ទៅចុងជួរ',
  'transfer.note': 'សារសម្រាប់មន្ត្រីទទួល (មិនចាំបាច់)',
  'transfer.closed': 'បិទ',
  'transfer.paused': 'ផ្អាក',
  'transfer.open': 'បើក',
  'transfer.waiting': '{n} នាក់កំពុងរង់ចាំ',
  'transfer.closedWarning': 'បញ្ជរ {n} បិទ (គ្មានមន្ត្រី)។ លេខនឹងរង់ចាំរហូតដល់បញ្ជរបើក។ ចុច "ផ្ទេរ" ម្តងទៀតដើម្បីបញ្ជាក់។',
  'waiting.note': 'សារ៖ {note}',
  'visit.step': 'ការមកដោយមាននីតិវិធីច្រើន៖ នីតិវិធី {step}/{total}',
  'visit.next': 'បន្ទាប់៖ {name} (លេខនឹងផ្លាស់ទៅដោយខ្លួនឯងពេលចុចបញ្ចប់)',
};
