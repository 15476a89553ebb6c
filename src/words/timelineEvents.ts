import type { TimelineEvent } from '../types.js';

/**
 * Event words of a dated clause, in priority order: the first entry whose pattern matches the
 * clause after the date decides the event.
 */
export const EVENT_KEYWORDS: { event: TimelineEvent; pattern: RegExp }[] = [
  { event: 'patched', pattern: /修正(?:済み|版|プログラム|パッチ)|パッチ(?:を)?(?:適用|公開)|アップデート(?:を)?(?:公開|適用)|脆弱性(?:を|の)?(?:修正|対応)/ },
  { event: 'reported', pattern: /警察|個人情報保護委員会|監督官庁|所管官庁|関係省庁|(?:に|へ)(?:の)?(?:報告|届出|届け出|相談|通報)/ },
  { event: 'published', pattern: /公表|お知らせいたしました|ホームページ(?:上)?(?:で|に)(?:掲載|公開)|プレスリリース|第[0-9一二三四五六七八九十]+報/ },
  { event: 'notified', pattern: /(?:お客様|対象者|対象の方|関係者|会員|利用者|ご本人)(?:様)?(?:へ|に)(?:の)?(?:ご連絡|ご案内|通知|メール|お知らせ|書面)|個別に(?:ご連絡|通知)/ },
  { event: 'restored', pattern: /復旧|再開|正常化|運用を再開|稼働を再開/ },
  { event: 'contained', pattern: /遮断|隔離|停止|切り離|切断|封じ込め|無効化|閉鎖|パスワード(?:を)?(?:変更|リセット)|アクセス(?:を)?制限/ },
  { event: 'detected', pattern: /検知|発見|発覚|判明|確認|気づ|気付|連絡を受け|指摘を受け|通報を受け|報告を受け|問い合わせ|問合せ|認識|把握|覚知/ },
  { event: 'occurred', pattern: /発生|不正アクセスを受け|攻撃を受け|侵入|不正ログイン|送信し|送付し|誤送信|紛失|盗難|感染|暗号化|改ざん|流出|窃取|持ち出|行われ|受け|(?:から|より)(?:同|翌)?|以降/ },
];
