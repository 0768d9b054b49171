/** Strings of the classifier's reasons (lib/classify) in English and Simplified Chinese. */
import { registerStrings } from '../index';

export const classifyStrings = {
  en: {
    'classify.tier.shareA': 'Most of the range matches our products ({pct}%)',
    'classify.tier.shareB': 'Part of the range matches our products ({pct}%)',
    'classify.tier.shareC': 'Only a small part of the range matches ({pct}%)',
    'classify.tier.rangeShare':
      '{matched} of {total} product {total, plural, one {category} other {categories}} {matched, plural, one {matches} other {match}}: {examples}',
    'classify.tier.rangeNone':
      '{total, plural, one {The one product category does not match} other {None of # product categories matches}} our products',
    'classify.tier.partialItems': '{n} more look like variants of our products (counted as half): {examples}',
    'classify.tier.partialItems.one':
      '1 more looks like a variant of our products (counted as half): {examples}',
    'classify.tier.identityA':
      'The company describes itself as selling our products ({lines}); {pct}% of its categories match by name',
    'classify.tier.industryItems': '{n} other categories are our trade: {examples}',
    'classify.tier.industryItems.one': '1 other category is our trade: {examples}',
    'classify.tier.otherItems': '{n} categories are other goods: {examples}',
    'classify.tier.otherItems.one': '1 category is other goods: {examples}',
    'classify.tier.fewCategories':
      'Few product menus on the page; judged from its text (lines found: {lines})',
    'classify.tier.industryOnly': 'None of our products, but the same trade',
    'classify.tier.thinEvidence':
      'Our products are there, but too few entries were read to judge their share: C at most',
    'classify.tier.noMatch': 'Nothing on the page matches the profile',
    'classify.tier.newsArticle': 'A news article (trade press or news site), not a company’s own page',
    'classify.tier.sizeLift': 'Lifted from C to B by size: {signals}',
    'classify.tier.sizeSome': 'Size signals ({signals}), fewer than the {need} needed to lift C',
    'classify.tier.listingDomain': '{site} is a listing site, not the company’s own website',
    'classify.tier.listingStructure': 'This page lists many companies (directory or marketplace)',
    'classify.tier.listingD': 'The listing shows it deals in {lines} and gives contacts',
    'classify.tier.listingNoContacts': 'A listing with our products but no contact details',
    'classify.tier.notTrader': 'The site trades in no goods ({cues}): not a buyer',
    'classify.tier.unknownLanguage':
      'Could not judge the range: no product vocabulary for this page’s language ({lang})',
    'classify.tier.noProducts': 'Could not judge the range: no entry on the page names a product',
    'classify.tier.noRange': 'Could not judge the range: the page shows no menu or product',
    'classify.tier.textShare':
      'Judged from the page’s text (few product menus): {matched} of {total} {total, plural, one {mention} other {mentions}} {matched, plural, one {is} other {are}} ours: {examples}',
    'classify.tier.sizeLarge': 'A large company ({signals}): worth a fine letter even as C',
    'classify.buyer.retailer': 'Retail cues: {cues}',
    'classify.buyer.wholesaler': 'Wholesale cues: {cues}',
    'classify.buyer.distributor': 'Distributor cues: {cues}',
    'classify.buyer.importer': 'Importer cues: {cues}',
    'classify.buyer.manufacturer': 'Manufacturer cues: {cues}',
    'classify.buyer.none': 'No clear buyer-type cues',
    'classify.buyer.listing': 'A listing of many companies: each one’s type is in its own entry',
  },
  zh: {
    'classify.tier.shareA': '大部分产品与您的相同（{pct}%）',
    'classify.tier.shareB': '部分产品与您的相同（{pct}%）',
    'classify.tier.shareC': '只有一小部分产品相同（{pct}%）',
    'classify.tier.rangeShare': '{total} 个产品类别中有 {matched} 个匹配：{examplesZh}',
    'classify.tier.rangeNone': '{total} 个产品类别中没有与您的产品相同的',
    'classify.tier.partialItems': '另有 {n} 个类别像是您产品的其他款式（按一半计算）：{examplesZh}',
    'classify.tier.identityA': '该公司介绍自己经营您的产品（{lines}）；按名称匹配的类别占 {pct}%',
    'classify.tier.industryItems': '另有 {n} 个类别属于同行业：{examplesZh}',
    'classify.tier.otherItems': '{n} 个类别是其他商品：{examplesZh}',
    'classify.tier.fewCategories': '页面产品菜单较少，按正文判断（匹配的产品线：{lines}）',
    'classify.tier.industryOnly': '没有您的产品，但属于同一行业',
    'classify.tier.thinEvidence': '有您的产品，但读到的类别太少，无法判断占比：最多评为 C',
    'classify.tier.noMatch': '页面内容与产品档案不匹配',
    'classify.tier.newsArticle': '这是一篇新闻报道（行业媒体或新闻网站），不是公司自己的网页',
    'classify.tier.sizeLift': '因规模信号由 C 提升为 B：{signals}',
    'classify.tier.sizeSome': '有规模信号（{signals}），但不足 {need} 个，未提升 C',
    'classify.tier.listingDomain': '{site} 是名录/平台网站，不是公司自己的官网',
    'classify.tier.listingStructure': '此页面列出了许多公司（名录或平台）',
    'classify.tier.listingD': '该名录显示其经营 {lines}，并有联系方式',
    'classify.tier.listingNoContacts': '名录中有您的产品，但没有联系方式',
    'classify.tier.notTrader': '该网站不经营商品（{cues}），不是潜在客户',
    'classify.tier.unknownLanguage': '无法判断产品范围：没有该网页语言（{lang}）的产品词库',
    'classify.tier.noProducts': '无法判断产品范围：页面上没有条目是产品名称',
    'classify.tier.noRange': '无法判断产品范围：页面上没有菜单或产品',
    'classify.tier.textShare':
      '页面产品菜单较少，按正文判断：{total} 处提及中有 {matched} 处是您的产品：{examplesZh}',
    'classify.tier.sizeLarge': '规模较大（{signals}），即使是 C 类也值得精发',
    'classify.buyer.retailer': '零售商特征：{cues}',
    'classify.buyer.wholesaler': '批发商特征：{cues}',
    'classify.buyer.distributor': '分销商特征：{cues}',
    'classify.buyer.importer': '进口商特征：{cues}',
    'classify.buyer.manufacturer': '制造商特征：{cues}',
    'classify.buyer.none': '没有明显的客户类型特征',
    'classify.buyer.listing': '这是列出许多公司的名录：各公司的客户类型见各自条目',
  },
};

registerStrings(classifyStrings);
