/** Strings of the options page frame and its data section. */
import { registerStrings } from '../index';

export const options = {
  en: {
    'options.title': 'TierScout options',
    'options.manager': 'Open the prospect list',
    'data.title': 'Your data',
    'data.count': '{n} prospects saved in this browser.',
    'data.count.one': '1 prospect saved in this browser.',
    'data.backup': 'Download backup (JSON)',
    'data.backupHelp': 'Everything: prospects, product profiles, thresholds and settings.',
    'data.restore': 'Restore backup…',
    'data.import': 'Import a CSV spreadsheet…',
    'data.deleteAll': 'Delete all prospects…',
    'data.deleteConfirm':
      'Type DELETE to remove all {n} prospects. Download a backup first: this cannot be undone.',
    'data.deleteConfirm.one':
      'Type DELETE to remove your {n} prospect. Download a backup first: this cannot be undone.',
    'data.deleteWord': 'DELETE',
    'data.deleteNow': 'Delete everything',
    'data.deleted': 'All prospects deleted.',
    'data.cancel': 'Cancel',
    'backup.error.notJson': 'That file is not JSON.',
    'backup.error.notBackup': 'That file is not a TierScout backup.',
    'backup.error.newer': 'That backup comes from a newer TierScout; update the extension first.',
    'backup.error.invalid': 'The backup is damaged. Nothing was restored.',
  },
  zh: {
    'options.title': 'TierScout 设置',
    'options.manager': '打开客户列表',
    'data.title': '您的数据',
    'data.count': '此浏览器中已保存 {n} 个客户。',
    'data.backup': '下载备份（JSON）',
    'data.backupHelp': '全部内容：客户、产品档案、分级阈值和设置。',
    'data.restore': '恢复备份…',
    'data.import': '导入 CSV 表格…',
    'data.deleteAll': '删除所有客户…',
    'data.deleteConfirm': '输入 DELETE 以删除全部 {n} 个客户。请先下载备份：此操作无法撤销。',
    'data.deleteWord': 'DELETE',
    'data.deleteNow': '全部删除',
    'data.deleted': '已删除所有客户。',
    'data.cancel': '取消',
    'backup.error.notJson': '该文件不是 JSON。',
    'backup.error.notBackup': '该文件不是 TierScout 备份。',
    'backup.error.newer': '该备份来自更新版本的 TierScout，请先更新扩展。',
    'backup.error.invalid': '备份已损坏，未恢复任何内容。',
  },
};

registerStrings(options);
