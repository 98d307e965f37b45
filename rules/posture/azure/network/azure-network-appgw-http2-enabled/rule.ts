import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type ApplicationGatewayConfig } from '../../../../../src/providers/azure/model/index.js';

export const rule = defineRule<ApplicationGatewayConfig>({
  id: 'azure-network-appgw-http2-enabled',
  services: ['network'],
  title: {
    en: 'Application gateways have HTTP/2 enabled',
    ja: 'Application Gateway で HTTP/2 が有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.applicationGateway],
  requires: ['id', 'enableHttp2'],
  frameworks: {
    'cis-azure-6.0': ['7.13'],
    'nist-800-53-r5': ['CM-6', 'SC-8'],
  },
  doc: {
    en: {
      description: 'Checks that HTTP/2 support is enabled on the application gateway (enableHttp2; ARM leaves it out when it is off). HTTP/2 applies to client connections over HTTPS; clients without it fall back to HTTP/1.1.',
      urgency: 'Low urgency: a hardening and modernisation setting, to change in a regular maintenance window.',
      risk: 'Without HTTP/2, clients use HTTP/1.1 only, which opens more parallel connections and lacks header compression and multiplexing; CIS recommends it to keep client connections on current, TLS-only protocol features. There is no direct exposure from leaving it off.',
      recommendation: 'Enable HTTP/2 on the gateway. It only affects the client side (the gateway still talks HTTP/1.1 to backends) and older clients keep working over HTTP/1.1.',
      console: [
        'In the Azure portal, open "Application gateways" and select the gateway.',
        'Under "Settings", open "Configuration".',
        'Set "HTTP2" to Enabled and click "Save".',
      ],
    },
    ja: {
      description: 'Application Gateway で HTTP/2 のサポートが有効になっていること（enableHttp2。無効の場合 ARM はこの値を返しません）を確認します。HTTP/2 は HTTPS によるクライアント接続に適用され、対応していないクライアントは HTTP/1.1 にフォールバックします。',
      urgency: '緊急度は低めです。セキュリティ強化と最新化のための設定であり、通常のメンテナンスの時間帯に変更してください。',
      risk: 'HTTP/2 がないとクライアントは HTTP/1.1 のみを使用し、並列接続が増え、ヘッダー圧縮や多重化も使えません。CIS はクライアント接続を最新の TLS 専用のプロトコル機能に保つためにこれを推奨しています。無効のままでも直接の露出はありません。',
      recommendation: 'ゲートウェイで HTTP/2 を有効にしてください。影響はクライアント側のみで（バックエンドとの通信は HTTP/1.1 のまま）、古いクライアントも HTTP/1.1 で引き続き動作します。',
      console: [
        'Azure portal で「アプリケーション ゲートウェイ」を開き、対象のゲートウェイを選択します。',
        '「設定」の「構成」を開きます。',
        '「HTTP2」を「有効」にして「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'az network application-gateway update --resource-group RG_NAME --name AGW_NAME --http2 Enabled',
    terraform: ['resource "azurerm_application_gateway" "web" {', '  # ...', '  enable_http2 = true', '}'].join('\n'),
    bicep: [
      "resource appGateway 'Microsoft.Network/applicationGateways@2024-05-01' = {",
      '  name: gatewayName',
      '  location: location',
      '  properties: {',
      '    // ...',
      '    enableHttp2: true',
      '  }',
      '}',
    ].join('\n'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/application-gateway/configuration-overview'],
  evaluate(resource) {
    if (resource.config.enableHttp2 === true) {
      return pass({ en: `HTTP/2 is enabled on application gateway ${resource.name}.`, ja: `Application Gateway ${resource.name} で HTTP/2 が有効です。` }, { enableHttp2: true });
    }
    return fail({ en: `HTTP/2 is not enabled on application gateway ${resource.name}.`, ja: `Application Gateway ${resource.name} で HTTP/2 が有効になっていません。` }, { enableHttp2: resource.config.enableHttp2 ?? false });
  },
});
