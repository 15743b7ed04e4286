/**
 * Golden files: {@code .rcl} files that carry their own expectations ({@code # error: E103 …},
 * {@code # 错误: E103 …}) and JSON cases beside them ({@code name.cases.json}).
 */
package dev.cascade.contract.golden;
