/**
 * Strings of re-grading and of the profile preview (components/options/ProfilePreview.tsx, KeywordWarnings.tsx,
 * components/common/RegradeStatusLine.tsx, the manager's details).
 */
import { registerStrings } from '../index';

export const grading = {
  en: {
    'regrade.running': 'Re-grading the prospect list with “{profile}”: {done} of {total}…',
    'regrade.done':
      'Prospect list re-graded with “{profile}”: {changed} suggested tiers changed. Tiers you set yourself are kept.',
    'regrade.done.one':
      'Prospect list re-graded with “{profile}”: {changed} suggested tier changed. Tiers you set yourself are kept.',
    'regrade.failed':
      'Re-grading stopped after {done} of {total, plural, one {# prospect} other {# prospects}}. It runs again after the next profile change.',
    'regrade.notRegradable':
      '{n} prospects were saved before TierScout kept what it read: not re-gradable until revisited.',
    'regrade.notRegradable.one':
      '1 prospect was saved before TierScout kept what it read: not re-gradable until revisited.',
    'grading.notRegradable':
      'Not re-gradable until revisited: saved before TierScout kept what it read from the site. Open the site and save it again to include it when a profile changes.',
    'grading.regradable': 'Re-graded from what was read on {date} when a profile changes.',
    'preview.title': 'Test this profile on the current page',
    'preview.intro':
      'Grades the page you were last on in this window with the profile as you edit it, before you save.',
    'preview.reading': 'Reading the page…',
    'preview.noPage':
      'No page to test on. Open a company website in this window, click the TierScout button on it once, then come back here.',
    'preview.page': 'Page',
    'preview.tier': 'Suggested tier',
    'preview.buyerType': 'Buyer type',
    'preview.noLines': 'Add a product line with keywords to see a tier.',
    'preview.reload': 'Read the page again',
    'keywords.title': 'Keywords the product vocabulary does not know',
    'keywords.unmapped': '{keyword}: not found in the product vocabulary — it will only match literally',
    'keywords.hint':
      'They match only pages that use exactly these words, not the same products named in the buyer’s language. Add the usual English name too, or the word in the buyers’ languages.',
  },
  zh: {
    'regrade.running': '正在用“{profile}”重新分级客户列表：{done} / {total}…',
    'regrade.done': '已用“{profile}”重新分级客户列表：{changed} 个建议等级有变化。您自己设定的等级保持不变。',
    'regrade.failed': '重新分级在 {done} / {total} 个客户后中断。下次修改产品档案时会再次运行。',
    'regrade.notRegradable':
      '{n} 个客户保存时 TierScout 尚未保留网页读取结果：重新打开其网站之前无法重新分级。',
    'grading.notRegradable':
      '重新打开网站之前无法重新分级：保存此客户时 TierScout 尚未保留网页读取结果。打开网站并再次保存，修改产品档案时即可一并重新分级。',
    'grading.regradable': '修改产品档案时，按 {date} 读取的网页内容重新分级。',
    'preview.title': '用当前网页测试此产品档案',
    'preview.intro': '用正在编辑（尚未保存）的产品档案，为您在此窗口中最近打开的网页分级。',
    'preview.reading': '正在读取网页…',
    'preview.noPage': '没有可测试的网页。请在此窗口中打开一个公司网站，点一次 TierScout 按钮，然后回到这里。',
    'preview.page': '网页',
    'preview.tier': '建议等级',
    'preview.buyerType': '客户类型',
    'preview.noLines': '添加带关键词的产品线后即可看到等级。',
    'preview.reload': '重新读取网页',
    'keywords.title': '产品词库未收录的关键词',
    'keywords.unmapped': '{keyword}：产品词库中没有这个词——只会按原文匹配',
    'keywords.hint':
      '这些词只匹配写着完全相同文字的网页，不会匹配用客户语言书写的同类产品。请同时添加常用的英文名称，或客户所用语言的写法。',
  },
};

registerStrings(grading);
