/** Strings of the classifier's reasons (lib/classify) in English and Simplified Chinese. */
import { registerStrings } from '../index';

export const classifyStrings = {
  en: {
    'classify.tier.shareA': 'Most of the range matches our products ({pct}%)',
    'classify.tier.shareB': 'Part of the range matches our products ({pct}%)',
    'classify.tier.shareC': 'Only a small part of the range matches ({pct}%)',
    'classify.tier.rangeShare': '{matched} of {total} product categories match: {examples}',
    'classify.tier.industryItems': '{n} other categories are our trade: {examples}',
    'classify.tier.otherItems': '{n} categories are other goods: {examples}',
    'classify.tier.fewCategories':
      'Few product menus on the page; judged from its text (lines found: {lines})',
    'classify.tier.industryOnly': 'None of our products, but the same trade',
    'classify.tier.noMatch': 'Nothing on the page matches the profile',
    'classify.tier.sizeLift': 'Lifted from C to B by size: {signals}',
    'classify.tier.sizeSome': 'Size signals ({signals}), fewer than the {need} needed to lift C',
    'classify.tier.listingDomain': '{site} is a listing site, not the company’s own website',
    'classify.tier.listingStructure': 'This page lists many companies (directory or marketplace)',
    'classify.tier.listingD': 'The listing shows it deals in {lines} and gives contacts',
    'classify.tier.listingNoContacts': 'A listing with our products but no contact details',
    'classify.buyer.retailer': 'Retail cues: {cues}',
    'classify.buyer.wholesaler': 'Wholesale cues: {cues}',
    'classify.buyer.distributor': 'Distributor cues: {cues}',
    'classify.buyer.importer': 'Importer cues: {cues}',
    'classify.buyer.manufacturer': 'Manufacturer cues: {cues}',
    'classify.buyer.none': 'No clear buyer-type cues',
  },
  zh: {
    'classify.tier.shareA': '大部分产品与我们相同（{pct}%）',
    'classify.tier.shareB': '部分产品与我们相同（{pct}%）',
    'classify.tier.shareC': '只有一小部分产品相同（{pct}%）',
    'classify.tier.rangeShare': '{total} 个产品类别中有 {matched} 个匹配：{examples}',
    'classify.tier.industryItems': '另有 {n} 个类别属于同行业：{examples}',
    'classify.tier.otherItems': '{n} 个类别是其他商品：{examples}',
    'classify.tier.fewCategories': '页面产品菜单较少，按正文判断（匹配的产品线：{lines}）',
    'classify.tier.industryOnly': '没有我们的产品，但属于同一行业',
    'classify.tier.noMatch': '页面内容与产品档案不匹配',
    'classify.tier.sizeLift': '因规模信号由 C 提升为 B：{signals}',
    'classify.tier.sizeSome': '有规模信号（{signals}），但不足 {need} 个，未提升 C',
    'classify.tier.listingDomain': '{site} 是名录/平台网站，不是公司自己的官网',
    'classify.tier.listingStructure': '此页面列出了许多公司（名录或平台）',
    'classify.tier.listingD': '该名录显示其经营 {lines}，并有联系方式',
    'classify.tier.listingNoContacts': '名录中有我们的产品，但没有联系方式',
    'classify.buyer.retailer': '零售商特征：{cues}',
    'classify.buyer.wholesaler': '批发商特征：{cues}',
    'classify.buyer.distributor': '分销商特征：{cues}',
    'classify.buyer.importer': '进口商特征：{cues}',
    'classify.buyer.manufacturer': '制造商特征：{cues}',
    'classify.buyer.none': '没有明显的买家类型特征',
  },
};

registerStrings(classifyStrings);
