// Text decoding for imports: which encoding a spreadsheet export was saved in (BOMs, UTF-16 NUL patterns,
// strict UTF-8, then a scored ranking of the legacy code pages Excel, WPS and Numbers write), and turning its
// bytes — whole, or chunk by chunk for big files — into a string. Only the first 64 KB are ever examined, so
// detection costs the same on a 1 KB file and a 1 GB one. Pure Node: no electron, no fs.
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { IMPORT_ENCODINGS } from '@shared/validation/importSettings';

/** Every encoding the importer can read, in the order a picker lists them (the CLI's --encoding values); the
 *  list itself is the contract's, so the import screen, the CLI and the reader cannot disagree. */
export type SupportedEncoding = Exclude<(typeof IMPORT_ENCODINGS)[number], 'auto'>;
export const SUPPORTED_ENCODINGS: readonly SupportedEncoding[] = IMPORT_ENCODINGS.filter(
  (e): e is SupportedEncoding => e !== 'auto',
);

/** Human names for the encoding picker: what the user knows the file as, not the IANA label. */
export const ENCODING_NAMES: Readonly<Record<SupportedEncoding, string>> = {
  'utf-8': 'UTF-8 (Unicode)',
  'utf-16le': 'UTF-16 LE (Excel “Unicode text”)',
  'utf-16be': 'UTF-16 BE (Unicode, big-endian)',
  gb18030: 'GB18030 / GBK (Chinese Excel)',
  big5: 'Big5 (Traditional Chinese)',
  shift_jis: 'Shift_JIS (Japanese Excel)',
  'windows-1252': 'Windows-1252 (Western European Excel)',
};

export interface EncodingDetection {
  encoding: SupportedEncoding;
  /** certain: a BOM or pure ASCII seen whole; likely: strong evidence; guess: the best of weak evidence. */
  confidence: 'certain' | 'likely' | 'guess';
  bom: boolean;
  /** Plausible encodings, best first (the detected one first): the picker's suggested order. */
  candidates: SupportedEncoding[];
}

export interface StreamingDecoder {
  /** Decodes a chunk; bytes of a character split across chunks are held until the next write. */
  write(chunk: Uint8Array): string;
  end(): string;
}

type LegacyEncoding = 'gb18030' | 'big5' | 'shift_jis' | 'windows-1252';
const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['gb18030', 'big5', 'shift_jis', 'windows-1252'];

// iconv-lite's names. 'big5' is Big5-HKSCS there: a superset of the cp950 that Taiwanese Excel writes, so Hong
// Kong files read too. 'shiftjis' is in fact cp932 (with the NEC/IBM extensions Windows Excel uses).
const ICONV_NAMES: Record<SupportedEncoding, string> = {
  'utf-8': 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  gb18030: 'gb18030',
  big5: 'big5hkscs',
  shift_jis: 'shiftjis',
  'windows-1252': 'windows1252',
};

const SAMPLE_BYTES = 64 * 1024;

export function decodeBytes(bytes: Uint8Array, encoding: SupportedEncoding): string {
  // iconv-lite strips a BOM by default for the BOM-aware codecs (UTF-8, UTF-16).
  return iconv.decode(asBuffer(bytes), ICONV_NAMES[encoding]);
}

export function createDecoder(encoding: SupportedEncoding): StreamingDecoder {
  const decoder = iconv.getDecoder(ICONV_NAMES[encoding]);
  return {
    write: (chunk) => decoder.write(asBuffer(chunk)),
    end: () => decoder.end() ?? '',
  };
}

export function detectEncoding(bytes: Uint8Array): EncodingDetection {
  const bom = encodingOfBom(bytes);
  if (bom) return { encoding: bom, confidence: 'certain', bom: true, candidates: [bom, ...withoutOne(bom)] };

  const seenWhole = bytes.length <= SAMPLE_BYTES;
  const sample = seenWhole ? bytes : cutAtCharacterBoundary(bytes.subarray(0, SAMPLE_BYTES));

  const utf16 = utf16FromNulPattern(sample);
  if (utf16) return { encoding: utf16, confidence: 'likely', bom: false, candidates: [utf16, ...withoutOne(utf16)] };

  if (!sample.some((b) => b >= 0x80)) {
    // ASCII reads the same in every candidate; only bytes we have not seen could say otherwise.
    const confidence = seenWhole ? 'certain' : 'likely';
    return { encoding: 'utf-8', confidence, bom: false, candidates: ['utf-8', ...LEGACY_ENCODINGS] };
  }
  if (isStrictUtf8(sample)) {
    // Legacy CJK or Latin text is practically never valid UTF-8 once it has a few non-ASCII characters.
    return { encoding: 'utf-8', confidence: 'likely', bom: false, candidates: ['utf-8', ...LEGACY_ENCODINGS] };
  }

  const ranked = rankLegacyEncodings(sample);
  const order = ranked.map((r) => r.encoding);
  if (isMostlyUtf8(sample)) {
    // A UTF-8 file with a stray corrupt byte: reading it as a code page would garble every other character.
    return { encoding: 'utf-8', confidence: 'guess', bom: false, candidates: ['utf-8', ...order] };
  }
  const best = ranked[0]!;
  const runnerUp = ranked[1];
  const clearWinner = best.score >= 0.5 && (!runnerUp || best.score - runnerUp.score >= 0.25);
  return {
    encoding: best.encoding,
    confidence: clearWinner ? 'likely' : 'guess',
    bom: false,
    candidates: [...order, 'utf-8'],
  };
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function withoutOne(encoding: SupportedEncoding): SupportedEncoding[] {
  return SUPPORTED_ENCODINGS.filter((e) => e !== encoding);
}

function encodingOfBom(bytes: Uint8Array): SupportedEncoding | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/**
 * Ends the sample just after its last byte below 0x30 (a line break, comma, space…): in every supported
 * encoding such a byte stands alone, never inside a multi-byte character (GB18030's four-byte form uses 0x30–0x39,
 * hence not 0x40), so the sample never ends in half a character.
 */
function cutAtCharacterBoundary(sample: Uint8Array): Uint8Array {
  for (let i = sample.length - 1; i >= sample.length / 2; i--) {
    if (sample[i]! < 0x30) return sample.subarray(0, i + 1);
  }
  // No such byte in the second half (a 32 KB cell of CJK text): at least keep UTF-8 whole, since the strict UTF-8
  // check would fail on half a character. A code page cut mid-character costs one U+FFFD in its score.
  for (let i = sample.length - 1; i >= Math.max(0, sample.length - 4); i--) {
    const byte = sample[i]!;
    if (byte >= 0x80 && byte < 0xc0) continue; // a continuation byte: look for its lead
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return i + length > sample.length ? sample.subarray(0, i) : sample;
  }
  return sample;
}

/**
 * UTF-16 without a BOM (Excel always writes one, other tools may not): ASCII characters — the delimiters and
 * line breaks at least — have a NUL high byte, so NULs crowd one side of each byte pair and avoid the other.
 */
function utf16FromNulPattern(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(sample.length, 4096) & ~1;
  if (length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  if (odd / pairs >= 0.2 && even / pairs <= 0.02) return 'utf-16le';
  if (even / pairs >= 0.2 && odd / pairs <= 0.02) return 'utf-16be';
  return null;
}

function isStrictUtf8(sample: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample);
    return true;
  } catch {
    return false;
  }
}

function isMostlyUtf8(sample: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(sample);
  let nonAscii = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) invalid++;
    else if (code >= 0x80) nonAscii++;
  }
  return nonAscii >= 20 && invalid <= Math.max(2, nonAscii * 0.01);
}

interface RankedEncoding {
  encoding: LegacyEncoding;
  /** Roughly -6…+1.3 points per non-ASCII byte: ≥ 0.5 reads as real text, ≤ 0 as mojibake. */
  score: number;
}

/**
 * Ranks the legacy encodings by how much the sample, decoded with each, looks like text a person wrote.
 * chardet's statistical analysis is one input; our own scoring is the main one, because chardet alone
 * often calls short Chinese files (a 20-row contact list) Big5 or EUC-KR, and short Western files ISO-8859-x.
 */
function rankLegacyEncodings(sample: Uint8Array): RankedEncoding[] {
  const buffer = asBuffer(sample);
  let highBytes = 0;
  for (const byte of sample) if (byte >= 0x80) highBytes++;
  const chardetVotes = chardetConfidences(sample);
  const ranked = LEGACY_ENCODINGS.map((encoding) => {
    const text = iconv.decode(buffer, ICONV_NAMES[encoding]);
    const points = encoding === 'windows-1252' ? latinPoints(text) : cjkPoints(text, encoding);
    return { encoding, score: points / highBytes + 0.3 * (chardetVotes.get(encoding) ?? 0) };
  });
  // Stable sort: on a tie, the order of LEGACY_ENCODINGS (GB18030, the commonest legacy export, first) decides.
  return ranked.sort((a, b) => b.score - a.score);
}

function chardetConfidences(sample: Uint8Array): Map<LegacyEncoding, number> {
  const votes = new Map<LegacyEncoding, number>();
  for (const match of analyse(sample)) {
    const encoding = CHARDET_NAMES[match.name];
    if (encoding && !votes.has(encoding)) votes.set(encoding, match.confidence / 100);
  }
  return votes;
}

const CHARDET_NAMES: Partial<Record<string, LegacyEncoding>> = {
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
};

/** Points for text decoded with a CJK code page; a common character earns +1 per byte it took. */
function cjkPoints(text: string, encoding: Exclude<LegacyEncoding, 'windows-1252'>): number {
  const common = COMMON_CHARACTERS[encoding];
  let points = 0;
  forEachNonAsciiRun(text, (start, end) => {
    let halfWidthKana = 0;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xff61 && code <= 0xff9f) halfWidthKana++;
    }
    // Half-width katakana are real in old Japanese data (furigana columns), but as whole words; scattered among
    // kanji they are what Chinese bytes turn into when read as Shift_JIS.
    const kanaWord = halfWidthKana === end - start;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === 0xfffd) points -= 6;
      else if (code >= 0x4e00 && code <= 0x9fff) points += common.has(text[i]!) ? 2 : 0.2;
      else if (code >= 0xff61 && code <= 0xff9f) points += kanaWord ? 0.8 : -1.5;
      else if (code >= 0x3040 && code <= 0x30ff)
        points += encoding === 'shift_jis' ? 2 : encoding === 'gb18030' ? 0.5 : 0;
      else if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff60)) points += 1.5;
      else if (code >= 0x80 && code <= 0x9f) points -= 4;
      else if (code >= 0xe000 && code <= 0xf8ff)
        points -= 3; // private use: unassigned code points
      else if ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0xd800 && code <= 0xdfff)) points -= 1;
      else if (code < 0xc0 || code > 0x24f) points -= 0.5; // Greek, Cyrillic, box drawing: rare in contacts
    }
  });
  return points;
}

// What Western European text uses beyond ASCII, other than letters: note that 0x80–0x9F hold € and the curly
// quotes in Windows-1252 (where ISO-8859-1 has control codes).
const LATIN_PUNCTUATION = new Set('€‚„…†‡‰‹›‘’“”•–—™°«»¿¡·©®£¥§¢±×÷²³¼½¾µºª\u00a0');

/** Points for text decoded as Windows-1252; each character is one byte. */
function latinPoints(text: string): number {
  let points = 0;
  forEachNonAsciiRun(text, (start, end) => {
    const length = end - start;
    // Accented letters come alone or in pairs ("Müller", "ções"); four in a row is multi-byte text misread.
    if (length >= 4) {
      points -= 0.7 * length;
      return;
    }
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === 0xfffd) points -= 6;
      else if (length === 3) continue;
      else if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) points += 1;
      else if (LATIN_PUNCTUATION.has(text[i]!)) points += 0.8;
      else points -= 0.5;
    }
  });
  return points;
}

function forEachNonAsciiRun(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const nonAscii = i < text.length && text.charCodeAt(i) >= 0x80;
    if (nonAscii && start < 0) start = i;
    else if (!nonAscii && start >= 0) {
      visit(start, i);
      start = -1;
    }
  }
}

// The ~500 most frequent characters of modern Chinese text (after Jun Da's frequency list), the common
// surnames and given-name characters, and the words of addresses and company names. Being common in one script
// and a rarity when bytes of another encoding are misread is what separates GB18030 from Big5 from Shift_JIS.
const SIMPLIFIED_FREQUENT =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵尖' +
  // Surnames (including 欧阳, 司马, 诸葛, 上官) and given-name characters.
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由' +
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉玲建国文斌宇浩凯婷雪琳晨欣怡佳慧俊峰波辉鑫倩颖琴雯婧璐萱琪蕾薇梓涵轩睿博泽瑞霖晓燕飞鸿志勤丹洁莉芬梅凤娥桂琼淑蓉瑶岚' +
  // Contact-list vocabulary: headers, companies, addresses.
  '姓名公司单位职位职务手机电话座机邮箱电子邮件地址省市区县邮编备注标签生日网址部门传真微信客户经理总监销售主管助理有限责任股份集团科技贸易实业发展服务中心办事处路街道号楼室层栋单元巷弄村镇乡广州深圳上海北京天津重庆杭州南京成都武汉西安苏州厦门宁波青岛大连沈阳长沙郑州济南合肥福州昆明朝阳海淀浦东徐汇黄浦天河福田南山';

const TRADITIONAL_FREQUENT =
  '的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日軍者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見被利什二等產或新己制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員解水名真論處走義各入幾口認條平系氣題活爾更別打女變四神總何電數安少報才結反受目太量再感建務做接必場件計管期市直德資命山金指克許統區保至隊形社便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象完設式色路記南品住告類求據程北邊死張該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改收根乾造言聯持組每濟車親極林服快辦議往元英士證近失轉夫令準布始怎呢存未遠叫台單影具羅字愛擊流備兵連調深商算質團集百需價花黨華城石級整府離況亞請技際約示復病息究線似官火斷精滿支視消越器容照須九增研寫稱企八功嗎包片史委乎查輕易早曾除農找裝廣顯吧阿李標談吃圖念六引歷首醫局突專費號盡另周較注語僅考落青隨選列武紅響雖推勢參希古眾構房半節土投某案黑維革劃敵致陳律足態護七興派孩驗責營星夠章音跟志底站嚴巴例防族供效續施留講型料終答緊黃絕奇察母京段依批群項故按河米圍江織害鬥雙境客紀採舉殺攻父蘇密低朝友訴止細願千值仍男錢破網熱助倒育屬坐帝限船臉職速刻樂否剛威毛狀率甚獨球般普怕彈校苦創假久錯承印晚蘭試股拿腦預誰益陽若哪微尼繼送急血驚傷素藥適波夜省初喜衛源食險待述陸習置居勞財環排福納歡雷警獲模充負雲停木遊龍樹疑層冷洲衝射略範竟句室異激漢村哈策演簡卡罪判擔州靜退既衣您宗積餘痛檢差富靈協角佔配征修皮揮勝降階審沉堅善媽劉讀啊超免壓銀買皇養伊懷執副亂抗犯追幫宣佛歲航優怪香田鐵控稅左右份穿藝背陣草腳概惡塊頓敢守酒島托央戶烈洋哥索胡款靠評版寶座釋景顧弟登貨互付伯慢歐換聞危忙核暗姐介壞討麗良序升監臨亮露永呼味野架域沙掉括艦魚雜誤灣吉減編楚肯測敗屋跑夢散溫困劍漸封救貴槍缺樓縣尚毫移娘朋畫班智亦耳恩短掌恐遺固席松秘謝魯遇康慮幸均銷鐘詩藏趕劇票損忽巨炮舊端探湖錄葉春鄉附吸予禮港雨呀板庭婦歸睛飯額含順輸搖招婚脫補謂督毒油療旅澤材滅逐莫筆亡鮮詞聖擇尋廠睡博勒煙授諾倫岸奧唐賣俄炸載洛健堂旁宮喝借君禁陰園謀宋避抓榮姑孫逃牙束跳頂玉鎮雪午練迫爺篇肉嘴館遍凡礎洞卷坦牛寧紙諸訓私莊祖絲翻暴森塔默握戲隱熟骨訪弱蒙歌店鬼軟典欲薩夥遭盤爸擴蓋弄雄穩忘億刺擁徒姆楊齊賽趣曲刀床迎冰虛玩析窗醒妻透購替塞努休虎揚途侵刑綠兄迅套貿畢唯谷輪庫跡尤競街促延震棄甲偉麻川申緩潛閃售燈針哲絡抵朱埃抱鼓植純夏忍頁傑築折鄭貝尊吳秀混臣雅振染盛怒舞圓搞狂措姓殘秋培迷誠寬宇猛擺梅毀伸摩盟末乃悲拍丁趙尖' +
  // Surnames common in Taiwan and Hong Kong, and given-name characters.
  '陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董溫唐藍蔣石古紀姚連馮歐陽司諸葛上官黎麥梁譚馮鄺' +
  '志明建宏俊傑家豪怡君雅婷淑芬美玲惠文偉國欣佩珊嘉慧雯琪瑋柏翰宇軒承恩冠廷詩涵筱晴思妤子瑜秀英麗華' +
  // Contact-list vocabulary.
  '姓名公司單位職稱職務手機電話市話郵件電子信箱地址縣市區鄉鎮郵遞區號備註標籤生日網址部門傳真客戶經理總監業務主管助理有限股份集團科技貿易實業發展服務中心路街段號樓巷弄室臺台北中南高雄桃園新竹基隆嘉義彰化屏東宜蘭花蓮香港九龍灣仔旺角沙田';

// Japanese: the kana are scored by range; these are the kanji of names, addresses and company names.
const JAPANESE_FREQUENT =
  '日本東京大阪京都名古屋横浜神奈川埼玉千葉福岡北海道兵庫愛知広島宮城静岡新潟県府都道市区町村郡丁目番地号' +
  '株式会社有限合同営業部課長社員代表取締役主任係担当者事務所支店本社店舗販売技術開発総務経理人事' +
  '田中山佐藤鈴木高橋渡辺伊小林加吉松井上野川村清水森池石原岡本藤西北南東央前後新古斎近遠坂阿部菅谷' +
  '一二三四五六七八九十百千万円年月日時分名前氏住所電話携帯番号備考様殿先生連絡先生年月日性別男女' +
  '太郎次花子美恵和一郎健浩明博之幸正人直樹大輔翔誠真由香里奈優愛菜結衣陽彩春夏秋冬秀雄治義孝';

const COMMON_CHARACTERS: Record<Exclude<LegacyEncoding, 'windows-1252'>, ReadonlySet<string>> = {
  gb18030: new Set(SIMPLIFIED_FREQUENT),
  big5: new Set(TRADITIONAL_FREQUENT),
  shift_jis: new Set(JAPANESE_FREQUENT),
};
