// Labels of the dashboard in English and Traditional Chinese. Only our own words are translated:
// the data's text (titles, outlets, quotes) is shown as written.
(function () {
  'use strict';
  const en = {
    'title': 'Dealgraph', 'nav.overview': 'Overview', 'nav.deals': 'Deals', 'nav.network': 'Network', 'nav.stress': 'Stress test',
    'asOf': 'As of', 'language': 'Language', 'footer': 'Every figure comes from a sourced claim; source text is shown as written.',
    'overview.title': 'Announced vs binding vs paid', 'headline': 'Headline', 'binding': 'Binding', 'paid': 'Paid',
    'ofHeadline': 'of bounded headlines', 'dealsCounted': 'deals counted (superseded excluded)', 'byPayer': 'By payer',
    'byKind': 'By kind', 'deals.title': 'Deals', 'deal': 'Deal', 'flow': 'Payer → payee', 'kind': 'Kind', 'status': 'Status',
    'lastReported': 'Last report', 'all': 'all', 'party': 'Party', 'noDeals': 'No deals match as of this date.',
    'derived': 'derived from the status', 'timeline': 'Timeline of claims', 'reported': 'Reported', 'effective': 'Effective',
    'stance': 'Stance', 'quote': 'Quote', 'source': 'Source', 'band': 'Amount over time (low–high band)',
    'headlineLow': 'Headline low', 'headlineBand': 'Headline band', 'terms': 'Terms', 'legs': 'Legs', 'supersededBy': 'Superseded by',
    'contested': 'denied by a source', 'notFound': 'This deal does not exist as of this date.', 'network.title': 'Network of parties',
    'network.help': 'Arrows run from payer to payee; width grows with the headline amount; loops are drawn in red.',
    'loops': 'Loops', 'noLoops': 'No loops as of this date.', 'loopsUnavailable': 'Loop detection is not available on this server.',
    'stress.title': 'Stress test', 'stress.pick': 'Party that fails', 'stress.help': 'Pick a party that cannot pay: see who is hit, in order.',
    'stress.unavailable': 'The stress test is not available on this server.', 'stress.none': 'Nobody else is hit.',
    'chartsMissing': 'Charts are not available: Apache ECharts was not built into this server (install npm and rebuild). Tables still work.',
    'error': 'Error', 'billion': 'B', 'roundTrip': 'round trip', 'report': 'Report as of', 'millions': 'USD billions',
    'stance.asserts': 'asserts', 'stance.denies': 'denies',
    'status.rumored': 'rumored', 'status.in-talks': 'in talks', 'status.announced': 'announced', 'status.non-binding': 'non-binding',
    'status.signed': 'signed', 'status.in-progress': 'in progress', 'status.completed': 'completed', 'status.on-ice': 'on ice',
    'status.scaled-back': 'scaled back', 'status.denied': 'denied', 'status.cancelled': 'cancelled', 'status.superseded': 'superseded',
    'kind.equity-investment': 'equity investment', 'kind.purchase-commitment': 'purchase commitment', 'kind.compute-contract': 'compute contract',
    'kind.warrant': 'warrant', 'kind.loan': 'loan', 'kind.backstop': 'backstop', 'kind.partnership': 'partnership',
  };
  const zh = {
    'title': 'Dealgraph 交易圖譜', 'nav.overview': '總覽', 'nav.deals': '交易', 'nav.network': '關係網', 'nav.stress': '壓力測試',
    'asOf': '截至', 'language': '語言', 'footer': '每個數字都來自有出處的說法;來源文字照原樣呈現。',
    'overview.title': '宣布 vs 具約束力 vs 已支付', 'headline': '宣布金額', 'binding': '具約束力', 'paid': '已支付',
    'ofHeadline': '占有上限的宣布金額', 'dealsCounted': '筆交易(不含已被取代者)', 'byPayer': '依付款方',
    'byKind': '依類型', 'deals.title': '交易', 'deal': '交易', 'flow': '付款方 → 收款方', 'kind': '類型', 'status': '狀態',
    'lastReported': '最新報導', 'all': '全部', 'party': '當事方', 'noDeals': '此日期沒有符合的交易。',
    'derived': '由狀態推得', 'timeline': '說法時間線', 'reported': '報導日期', 'effective': '生效日期',
    'stance': '立場', 'quote': '引述', 'source': '來源', 'band': '金額隨時間變化(上下限區間)',
    'headlineLow': '宣布金額下限', 'headlineBand': '宣布金額區間', 'terms': '條款', 'legs': '相關交易', 'supersededBy': '已由此取代',
    'contested': '有來源否認', 'notFound': '此日期時這筆交易尚不存在。', 'network.title': '當事方關係網',
    'network.help': '箭頭由付款方指向收款方;線越粗金額越大;循環以紅色標示。',
    'loops': '資金循環', 'noLoops': '此日期沒有資金循環。', 'loopsUnavailable': '此伺服器不提供循環偵測。',
    'stress.title': '壓力測試', 'stress.pick': '違約的當事方', 'stress.help': '選一個付不出錢的當事方,看誰依序受到波及。',
    'stress.unavailable': '此伺服器不提供壓力測試。', 'stress.none': '沒有其他當事方受到波及。',
    'chartsMissing': '無法顯示圖表:此伺服器建置時未內含 Apache ECharts(請安裝 npm 後重新建置)。表格仍可使用。',
    'error': '錯誤', 'billion': 'B', 'roundTrip': '循環金額', 'report': '報告截至', 'millions': '十億美元',
    'stance.asserts': '主張', 'stance.denies': '否認',
    'status.rumored': '傳聞', 'status.in-talks': '洽談中', 'status.announced': '已宣布', 'status.non-binding': '不具約束力',
    'status.signed': '已簽署', 'status.in-progress': '執行中', 'status.completed': '已完成', 'status.on-ice': '擱置',
    'status.scaled-back': '縮減', 'status.denied': '遭否認', 'status.cancelled': '已取消', 'status.superseded': '已被取代',
    'kind.equity-investment': '股權投資', 'kind.purchase-commitment': '採購承諾', 'kind.compute-contract': '算力合約',
    'kind.warrant': '認股權證', 'kind.loan': '貸款', 'kind.backstop': '兜底保證', 'kind.partnership': '合作',
  };
  const tables = { 'en': en, 'zh-Hant': zh };
  window.DealgraphI18n = {
    languages: Object.keys(tables),
    t(lang, key) { return (tables[lang] || en)[key] ?? en[key] ?? key; },
    statuses: ['rumored', 'in-talks', 'announced', 'non-binding', 'signed', 'in-progress', 'completed', 'on-ice', 'scaled-back', 'denied', 'cancelled', 'superseded'],
    kinds: ['equity-investment', 'purchase-commitment', 'compute-contract', 'warrant', 'loan', 'backstop', 'partnership'],
  };
})();
