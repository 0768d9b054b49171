/**
 * The glossary as data: one term per concept in English and Chinese, and the variants that must not appear in
 * any UI string. docs/glossary.md is the same list for people; tests/unit/i18n/strings.test.ts checks every
 * registered string against it. Chinese addresses the rep as 您 throughout (a business tool, polite and
 * consistent), never 你.
 */

export interface GlossaryTerm {
  concept: string;
  en: string;
  zh: string;
  /** Chinese variants that mean the same thing and must not be used. */
  zhForbidden: readonly string[];
  /** English variants that must not be used. */
  enForbidden?: readonly string[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { concept: 'address form', en: 'you', zh: '您', zhForbidden: ['你'] },
  { concept: 'prospect', en: 'prospect', zh: '客户', zhForbidden: ['买家', '买方'] },
  { concept: 'buyer type', en: 'buyer type', zh: '客户类型', zhForbidden: ['买家类型', '买方类型'] },
  { concept: 'tier', en: 'tier', zh: '等级', zhForbidden: ['级别'] },
  { concept: 'region (of work)', en: 'region', zh: '地区', zhForbidden: ['区域'] },
  { concept: 'search plan', en: 'search plan', zh: '搜索方案', zhForbidden: ['搜索计划'] },
  {
    concept: 'product profile',
    en: 'profile',
    zh: '产品档案',
    zhForbidden: ['产品资料', '产品配置'],
    enForbidden: ['profile(s)'],
  },
  {
    concept: "the rep's products",
    en: 'your products / our products',
    zh: '您的产品',
    zhForbidden: ['我们的产品', '我们产品'],
  },
  {
    concept: 'prospect list (manager page)',
    en: 'prospect list',
    zh: '客户列表',
    zhForbidden: ['客户管理', '客户名单', '客户清单'],
    enForbidden: ['Prospect manager', 'prospect manager', 'Prospects page', 'manager page', 'Customer list'],
  },
  { concept: 'options page', en: 'options', zh: '设置', zhForbidden: ['选项'] },
  { concept: 'imprint page', en: 'imprint', zh: '法律声明页（Impressum）', zhForbidden: ['版权信息页'] },
  { concept: 'site scan', en: 'scan site', zh: '扫描全站', zhForbidden: ['全站扫描'] },
  {
    concept: 'peer manufacturer',
    en: 'peer manufacturer in your country',
    zh: '同行工厂',
    zhForbidden: ['竞争对手工厂'],
  },
  { concept: 'outreach letter', en: 'outreach', zh: '开发信', zhForbidden: ['推广信'] },
  { concept: 'tier D', en: 'D · listing only', zh: 'D · 仅见于名录', zhForbidden: ['仅有信息'] },
  { concept: 'customer file', en: 'customer file', zh: '客户档案', zhForbidden: ['客户资料卡'] },
  {
    concept: 'value grade (VIP / important / ordinary)',
    en: 'value grade',
    zh: '价值等级',
    zhForbidden: ['价值级别'],
  },
  {
    concept: 'relationship level (status: not a customer … lost)',
    en: 'relationship',
    zh: '客户关系',
    zhForbidden: ['关系级别', '关系等级'],
  },
  { concept: 'loyalty level', en: 'loyalty', zh: '忠诚度', zhForbidden: ['忠实度', '忠诚等级', '忠诚级别'] },
  { concept: 'follow-up', en: 'follow-up', zh: '跟进', zhForbidden: ['跟踪', '追踪'] },
  { concept: 'contact person', en: 'contact person', zh: '联系人', zhForbidden: ['联络人'] },
];

/** Punctuation that reads as English inside Chinese text: a comma with a space, an ampersand. */
export const ZH_FORBIDDEN_PUNCTUATION: readonly string[] = [', ', ' & '];
